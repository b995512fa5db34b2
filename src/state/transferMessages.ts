// What the page and the import/export worker say to each other.
import type { PlannedRecord, PlanStatus } from '../db';
import type { ImportFileError, ImportFormat } from '../interop/importFile';
import type { ExportedFile, ExportKind } from './exportJob';
import type { ImportPhase } from './importJob';

export type WorkerRequest =
  | { type: 'plan'; dbName: string; now: string; files: Array<{ name: string; buffer: ArrayBuffer }> }
  | { type: 'apply'; take: string[] }
  | { type: 'cancel' }
  | { type: 'export'; dbName: string; now: string; kind: ExportKind; assessmentId?: string };

export interface PlanSummary {
  format: ImportFormat;
  skipped: number;
  counts: Record<PlanStatus, number>;
  records: Array<Omit<PlannedRecord, 'value'>>;
}

export type WorkerReply =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'unreadable'; error: ImportFileError }
  | { type: 'planned'; summary: PlanSummary }
  | { type: 'applied'; written: number }
  | { type: 'exported'; file: ExportedFile }
  | { type: 'failed'; code: string; message: string };

/** The key a person's choice on a conflict is kept under. */
export const planKey = (r: { entity: string; id: string }) => `${r.entity}/${r.id}`;

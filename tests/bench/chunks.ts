// What each JavaScript chunk of the app holds: builds the app once more into a scratch folder with a
// plugin that reads the bundle's module list (same config, so the same chunk names and hashes as
// `dist/app`), and gives each chunk's gzip size and its biggest modules (minified bytes). Workers are
// bundled apart (the page sees their file as an asset): the same plugin reads their bundles too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

export interface ChunkModule {
  /** A source file under the project, or `npm:package` for everything of one package. */
  id: string;
  bytes: number;
}

export interface ChunkInfo {
  file: string;
  bytes: number;
  gzip: number;
  isEntry: boolean;
  /** Runs in a worker (the search index's), not in the page. */
  inWorker: boolean;
  /** Chunks this one imports statically (they load with it). */
  imports: string[];
  modules: ChunkModule[];
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;

/** Bytes no source claims: the bundler's runtime and wrappers, and JSON data (mapped to no line). */
const GLUE = '(unmapped)';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map segments: each [generated column, source index delta, ...]. */
function segments(line: string): number[][] {
  const out: number[][] = [];
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of segment) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    out.push(fields);
  }
  return out;
}

/**
 * The minified bytes of a chunk each source file accounts for, from the chunk's source map: each
 * mapped span (one segment to the next) goes to its source; unmapped spans to `(glue)`.
 */
function bytesBySource(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (source: string, n: number) => totals.set(source, (totals.get(source) ?? 0) + n);
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  let source = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    let last = 0;
    let current: string | null = null;
    let column = 0;
    for (const fields of segments(mapLines[i] ?? '')) {
      column += fields[0] as number;
      add(current ?? GLUE, column - last);
      if (fields.length >= 4) {
        source += fields[1] as number;
        current = map.sources[source] ?? GLUE;
      } else current = null;
      last = column;
    }
    add(current ?? GLUE, text.length - last + 1);
  }
  return totals;
}

/** `npm:dexie` for a package file, `src/db/database.ts` for ours. */
function moduleName(id: string, root: string): string {
  const clean = resolve(id.replace(/^\0/, '').replace(/\?.*$/, ''));
  const pkg = clean.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return `npm:${pkg[1]}`;
  return clean.startsWith(root) ? relative(root, clean) : clean;
}

export async function chunkReport(root = process.cwd()): Promise<ChunkInfo[]> {
  const chunks: ChunkInfo[] = [];
  const outDir = mkdtempSync(join(tmpdir(), 'circle-chunks-'));
  const capture = (inWorker: boolean): Plugin => ({
    name: 'chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.fileName.startsWith('assets/')) continue;
        const byName = new Map<string, number>();
        if (output.map) {
          for (const [source, bytes] of bytesBySource(output.code, output.map)) {
            // A worker's map names its sources from another folder: they are read from the project root.
            const file = inWorker
              ? join(root, source.replace(/^(\.\.\/)+/, ''))
              : join(outDir, 'assets', source);
            const name = source === GLUE ? GLUE : moduleName(file, root);
            byName.set(name, (byName.get(name) ?? 0) + bytes);
          }
        }
        chunks.push({
          file: output.fileName,
          bytes: Buffer.byteLength(output.code),
          gzip: gz(output.code),
          isEntry: output.isEntry,
          inWorker,
          imports: output.imports,
          modules: [...byName]
            .map(([id, bytes]) => ({ id, bytes }))
            .filter((m) => m.bytes > 0)
            .sort((a, b) => b.bytes - a.bytes),
        });
      }
    },
  });
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      plugins: [capture(false)],
      worker: { plugins: () => [capture(true)] },
      // Hidden maps: the code (and so its hash and gzip size) is the same as `npm run build` writes.
      build: { outDir, emptyOutDir: true, sourcemap: 'hidden' },
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return chunks.sort((a, b) => b.gzip - a.gzip);
}

/** The chunks one page load pulls in statically from the given files (the entry's imports included). */
export function withStaticImports(chunks: ChunkInfo[], files: string[]): ChunkInfo[] {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  for (const f of files) visit(f);
  return [...seen].map((f) => byFile.get(f)).filter((c): c is ChunkInfo => !!c);
}

/**
 * One line per chunk: file, gzip KB, and its biggest modules, each with its share of the chunk's gzip
 * size in proportion to its minified bytes (an estimate: text compresses unevenly).
 */
export function describeChunk(chunk: ChunkInfo, top = 6): string {
  const total = chunk.modules.reduce((n, m) => n + m.bytes, 0) || 1;
  const parts = chunk.modules
    .slice(0, top)
    .map((m) => `${m.id} ≈${((chunk.gzip * m.bytes) / total / 1024).toFixed(1)}`)
    .join(', ');
  const more = chunk.modules.length > top ? `, +${chunk.modules.length - top} more` : '';
  const where = chunk.inWorker ? ' (search worker)' : '';
  return `${chunk.file.replace(/^assets\//, '')}${where} ${(chunk.gzip / 1024).toFixed(1)} KB: ${parts}${more}`;
}

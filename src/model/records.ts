// Every synced entity's schema in one place: what the device's commands write, what its reads accept,
// and what the hub accepts from a push.
import { type Location, locationSchema } from './location';
import type { Entity } from './mutation';
import { type Organization, organizationSchema } from './organization';
import { type Service, serviceSchema } from './service';
import {
  type Action,
  type Answer,
  type Assessment,
  actionSchema,
  answerSchema,
  assessmentSchema,
  type SharedSummary,
  sharedSummarySchema,
} from './workbook';

export interface RecordOf {
  organization: Organization;
  service: Service;
  location: Location;
  assessment: Assessment;
  answer: Answer;
  action: Action;
  summary: SharedSummary;
}

export const RECORD_SCHEMAS = {
  organization: organizationSchema,
  service: serviceSchema,
  location: locationSchema,
  assessment: assessmentSchema,
  answer: answerSchema,
  action: actionSchema,
  summary: sharedSummarySchema,
} as const satisfies Record<Entity, unknown>;

// A service, as HSDS 3.0 names it, with the access details NORAHT asks every listing to record.
import * as z from 'zod/mini';
import {
  communityId,
  hsdsExtra,
  httpUrl,
  isoDate,
  isoDateTime,
  languageSchema,
  longText,
  name,
  phoneSchema,
  serviceAreaSchema,
  shortText,
  tri,
  uuid,
} from './common';
import { scheduleSchema } from './schedule';
import { TAXONOMY_IDS } from './taxonomy';

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

/** Conditions a person meets before getting help; each yes / no / unknown. */
export const ACCESS_CONDITIONS = [
  'id_required',
  'sobriety_required',
  'referral_required',
  'must_identify_as_trafficked',
  'police_report_required',
  'cost',
  'waitlist',
] as const;
export type AccessCondition = (typeof ACCESS_CONDITIONS)[number];

export const accessConditionsSchema = z.object({
  id_required: tri,
  sobriety_required: tri,
  referral_required: tri,
  must_identify_as_trafficked: tri,
  /** Must the person involve police (make a report) to be served? */
  police_report_required: tri,
  /** Does it cost the person anything? */
  cost: tri,
  waitlist: tri,
  /** Typical wait in days when there is a waitlist; null when not known. */
  typical_wait_days: z.nullable(z.int().check(z.gte(0), z.lte(3650))),
});
export type AccessConditions = z.infer<typeof accessConditionsSchema>;

/** The limits of confidentiality, so that a person can decide before going. */
export const confidentialitySchema = z.object({
  /** What the service writes down about a person. */
  records: longText,
  records_fr: z.optional(longText),
  /** Can a person be served without giving a legal name? */
  anonymous_ok: tri,
  /** When the service must report (duty to report). */
  duty_to_report: longText,
  duty_to_report_fr: z.optional(longText),
  /** Are police contacted without the person's consent? ("yes" is the case a person avoids.) */
  police_contact: tri,
});
export type Confidentiality = z.infer<typeof confidentialitySchema>;

export const AVAILABILITY = ['space', 'full', 'waitlist', 'unknown'] as const;
export type AvailabilityStatus = (typeof AVAILABILITY)[number];

export const availabilitySchema = z.object({
  status: z.enum(AVAILABILITY),
  /** When the agency last set it; null when never set. Its age is shown beside it. */
  set_at: z.nullable(isoDateTime),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const DELIVERY_MODES = ['in_person', 'phone', 'text', 'virtual', 'outreach'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const serviceSchema = z
  .strictObject({
    id: uuid,
    organization_id: uuid,
    name,
    name_fr: z.optional(name),
    alternate_name: z.optional(shortText),
    description: longText,
    description_fr: z.optional(longText),
    url: z.optional(httpUrl),
    email: z.optional(z.email()),
    status: z.enum(SERVICE_STATUSES),
    /** How to access it: the next steps a person takes. */
    application_process: longText,
    application_process_fr: z.optional(longText),
    eligibility_description: z.optional(longText),
    eligibility_description_fr: z.optional(longText),
    minimum_age: z.optional(z.int().check(z.gte(0), z.lte(120))),
    maximum_age: z.optional(z.int().check(z.gte(0), z.lte(120))),
    fees_description: z.optional(shortText),
    interpretation_services: z.optional(shortText),
    conditions: accessConditionsSchema,
    confidentiality: confidentialitySchema,
    availability: availabilitySchema,
    phones: z.array(phoneSchema).check(z.maxLength(20)),
    schedules: z.array(scheduleSchema).check(z.maxLength(50)),
    languages: z.array(languageSchema).check(z.maxLength(30)),
    delivery_modes: z.array(z.enum(DELIVERY_MODES)).check(z.maxLength(DELIVERY_MODES.length)),
    service_areas: z.array(serviceAreaSchema).check(z.maxLength(100)),
    /** Region communities served, by id (see src/data/communities.json). */
    communities_served: z.array(communityId).check(z.maxLength(100)),
    /** Locations (by id) where it is delivered in person. */
    location_ids: z.array(uuid).check(z.maxLength(50)),
    indigenous_led: tri,
    lived_experience_staff: tri,
    taxonomy_ids: z.array(z.enum(TAXONOMY_IDS)).check(z.maxLength(TAXONOMY_IDS.length)),
    /** Date the listing was last checked with the agency (HSDS assured_date). */
    assured_date: z.nullable(isoDate),
    /** A short-term alert shown as a banner (closure, move, changed hours). */
    alert: z.optional(shortText),
    alert_fr: z.optional(shortText),
    hsds_extra: z.optional(hsdsExtra),
    last_modified: isoDateTime,
  })
  .check(
    z.refine(
      (s) => s.minimum_age === undefined || s.maximum_age === undefined || s.minimum_age <= s.maximum_age,
      { message: 'must not be below minimum_age', path: ['maximum_age'] },
    ),
  );
export type Service = z.infer<typeof serviceSchema>;

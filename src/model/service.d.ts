import * as z from 'zod/mini';
export declare const SERVICE_STATUSES: readonly ['active', 'inactive', 'defunct', 'temporarily closed'];
/** Conditions a person meets before getting help; each yes / no / unknown. */
export declare const ACCESS_CONDITIONS: readonly [
  'id_required',
  'sobriety_required',
  'referral_required',
  'must_identify_as_trafficked',
  'police_report_required',
  'cost',
  'waitlist',
];
export type AccessCondition = (typeof ACCESS_CONDITIONS)[number];
export declare const accessConditionsSchema: z.ZodMiniObject<
  {
    id_required: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    sobriety_required: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    referral_required: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    must_identify_as_trafficked: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    police_report_required: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    cost: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    waitlist: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    typical_wait_days: z.ZodMiniNullable<z.ZodMiniInt>;
  },
  z.core.$strip
>;
export type AccessConditions = z.infer<typeof accessConditionsSchema>;
/** The limits of confidentiality, so that a person can decide before going. */
export declare const confidentialitySchema: z.ZodMiniObject<
  {
    records: z.ZodMiniString<string>;
    anonymous_ok: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    duty_to_report: z.ZodMiniString<string>;
    police_contact: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
  },
  z.core.$strip
>;
export type Confidentiality = z.infer<typeof confidentialitySchema>;
export declare const AVAILABILITY: readonly ['space', 'full', 'waitlist', 'unknown'];
export type AvailabilityStatus = (typeof AVAILABILITY)[number];
export declare const availabilitySchema: z.ZodMiniObject<
  {
    status: z.ZodMiniEnum<{
      unknown: 'unknown';
      waitlist: 'waitlist';
      space: 'space';
      full: 'full';
    }>;
    set_at: z.ZodMiniNullable<z.iso.ZodMiniISODateTime>;
  },
  z.core.$strip
>;
export type Availability = z.infer<typeof availabilitySchema>;
export declare const DELIVERY_MODES: readonly ['in_person', 'phone', 'text', 'virtual', 'outreach'];
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export declare const serviceSchema: z.ZodMiniObject<
  {
    id: z.ZodMiniUUID;
    organization_id: z.ZodMiniUUID;
    name: z.ZodMiniString<string>;
    name_fr: z.ZodMiniOptional<z.ZodMiniString<string>>;
    alternate_name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    description: z.ZodMiniString<string>;
    description_fr: z.ZodMiniOptional<z.ZodMiniString<string>>;
    url: z.ZodMiniOptional<z.ZodMiniURL>;
    email: z.ZodMiniOptional<z.ZodMiniEmail>;
    status: z.ZodMiniEnum<{
      active: 'active';
      inactive: 'inactive';
      defunct: 'defunct';
      'temporarily closed': 'temporarily closed';
    }>;
    application_process: z.ZodMiniString<string>;
    eligibility_description: z.ZodMiniOptional<z.ZodMiniString<string>>;
    minimum_age: z.ZodMiniOptional<z.ZodMiniInt>;
    maximum_age: z.ZodMiniOptional<z.ZodMiniInt>;
    fees_description: z.ZodMiniOptional<z.ZodMiniString<string>>;
    interpretation_services: z.ZodMiniOptional<z.ZodMiniString<string>>;
    conditions: z.ZodMiniObject<
      {
        id_required: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
        sobriety_required: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
        referral_required: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
        must_identify_as_trafficked: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
        police_report_required: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
        cost: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
        waitlist: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
        typical_wait_days: z.ZodMiniNullable<z.ZodMiniInt>;
      },
      z.core.$strip
    >;
    confidentiality: z.ZodMiniObject<
      {
        records: z.ZodMiniString<string>;
        anonymous_ok: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
        duty_to_report: z.ZodMiniString<string>;
        police_contact: z.ZodMiniEnum<{
          yes: 'yes';
          no: 'no';
          unknown: 'unknown';
        }>;
      },
      z.core.$strip
    >;
    availability: z.ZodMiniObject<
      {
        status: z.ZodMiniEnum<{
          unknown: 'unknown';
          waitlist: 'waitlist';
          space: 'space';
          full: 'full';
        }>;
        set_at: z.ZodMiniNullable<z.iso.ZodMiniISODateTime>;
      },
      z.core.$strip
    >;
    phones: z.ZodMiniArray<
      z.ZodMiniObject<
        {
          id: z.ZodMiniUUID;
          number: z.ZodMiniString<string>;
          extension: z.ZodMiniOptional<z.ZodMiniInt>;
          type: z.ZodMiniEnum<{
            voice: 'voice';
            text: 'text';
            cell: 'cell';
            fax: 'fax';
            textphone: 'textphone';
            video: 'video';
            pager: 'pager';
          }>;
          description: z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    schedules: z.ZodMiniArray<
      z.ZodMiniObject<
        {
          id: z.ZodMiniUUID;
          freq: z.ZodMiniLiteral<'WEEKLY'>;
          byday: z.ZodMiniString<string>;
          opens_at: z.ZodMiniString<string>;
          closes_at: z.ZodMiniString<string>;
          description: z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    languages: z.ZodMiniArray<
      z.ZodMiniObject<
        {
          id: z.ZodMiniUUID;
          code: z.ZodMiniString<string>;
          name: z.ZodMiniOptional<z.ZodMiniString<string>>;
          note: z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    delivery_modes: z.ZodMiniArray<
      z.ZodMiniEnum<{
        text: 'text';
        virtual: 'virtual';
        phone: 'phone';
        in_person: 'in_person';
        outreach: 'outreach';
      }>
    >;
    service_areas: z.ZodMiniArray<
      z.ZodMiniObject<
        {
          id: z.ZodMiniUUID;
          name: z.ZodMiniString<string>;
          description: z.ZodMiniOptional<z.ZodMiniString<string>>;
          community_id: z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    communities_served: z.ZodMiniArray<z.ZodMiniString<string>>;
    location_ids: z.ZodMiniArray<z.ZodMiniUUID>;
    indigenous_led: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    lived_experience_staff: z.ZodMiniEnum<{
      yes: 'yes';
      no: 'no';
      unknown: 'unknown';
    }>;
    taxonomy_ids: z.ZodMiniArray<
      z.ZodMiniEnum<{
        'approach.relational': 'approach.relational';
        'approach.trauma-informed': 'approach.trauma-informed';
        'approach.indigenous-centric': 'approach.indigenous-centric';
        'approach.harm-reduction': 'approach.harm-reduction';
        'approach.sex-work-informed': 'approach.sex-work-informed';
        'approach.2slgbtq-friendly': 'approach.2slgbtq-friendly';
        'approach.feminist-intersectional': 'approach.feminist-intersectional';
        'approach.critical-anti-trafficking': 'approach.critical-anti-trafficking';
        'knowledge.indigenous': 'knowledge.indigenous';
        'knowledge.experiential-paid': 'knowledge.experiential-paid';
        'knowledge.culturally-sensitive-training': 'knowledge.culturally-sensitive-training';
        'knowledge.decolonial-tvi-training': 'knowledge.decolonial-tvi-training';
        'knowledge.privacy-respecting-data': 'knowledge.privacy-respecting-data';
        'program.case-worker': 'program.case-worker';
        'program.indigenous-healing': 'program.indigenous-healing';
        'program.mental-health-addictions': 'program.mental-health-addictions';
        'program.peer-outreach': 'program.peer-outreach';
        'program.safer-shelter': 'program.safer-shelter';
        'program.transitional-housing': 'program.transitional-housing';
        'program.long-term-housing': 'program.long-term-housing';
        'program.children-back': 'program.children-back';
        'program.aging-out-youth': 'program.aging-out-youth';
        'program.children-witnessed-violence': 'program.children-witnessed-violence';
        'sector.sexual-assault-centre': 'sector.sexual-assault-centre';
        'sector.intimate-partner-violence': 'sector.intimate-partner-violence';
        'sector.counselling': 'sector.counselling';
        'sector.health': 'sector.health';
        'sector.victim-services': 'sector.victim-services';
        'sector.legal': 'sector.legal';
        'sector.friendship-centre': 'sector.friendship-centre';
        'sector.francophone': 'sector.francophone';
        'sector.crisis-line': 'sector.crisis-line';
        'sector.travel-support': 'sector.travel-support';
      }>
    >;
    assured_date: z.ZodMiniNullable<z.iso.ZodMiniISODate>;
    alert: z.ZodMiniOptional<z.ZodMiniString<string>>;
    last_modified: z.iso.ZodMiniISODateTime;
  },
  z.core.$strict
>;
export type Service = z.infer<typeof serviceSchema>;

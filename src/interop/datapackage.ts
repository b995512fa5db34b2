// The official HSDS 3.0 Tabular Data Package descriptor (../shared/hsds/datapackage.json, Open
// Referral, CC BY-SA 4.0), verbatim: each table's file and typed fields. A TypeScript module rather
// than a .json import because the hub's tsconfig lists no JSON of interop/; tabular.test.ts checks
// that it still equals the official file. The datapackage export writes it out again.
export const OFFICIAL_DATAPACKAGE = {
  name: 'human_services_data',
  title: 'Human Services Data Specification',
  description:
    'HSDS describes data about organizations, the services they provide, the locations at which these services can be accessed, and associated details.',
  profile: 'tabular-data-package',
  version: '3.0.0',
  homepage: 'http://docs.openreferral.org',
  license: {
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    type: 'CC-BY-SA-4.0',
    name: 'Creative Commons Attribution-ShareAlike 4.0',
  },
  resources: [
    {
      name: 'organization',
      path: 'organizations.csv',
      description:
        'The details about each organization delivering services. Each service should be linked to the organization responsible for its delivery. One organization may deliver many services.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier for the organization. Each organization must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
            core: 'Y',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The official or public name of the organization.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'Example Organization Inc.',
            core: 'Y',
          },
          {
            name: 'alternate_name',
            type: 'string',
            title: 'Alternate Name',
            description: 'An (optional) alternative or commonly used name for the organization.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Example Org',
            core: 'Y',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description:
              'A free text description containing a brief summary about the organization. It can contain markup such as HTML or Markdown.',
            constraints: {
              required: true,
              unique: false,
            },
            example:
              'Example Org is a non-profit organization dedicated to providing services to qualified beneficiaries',
            core: 'Y',
          },
          {
            name: 'email',
            type: 'string',
            title: 'Email',
            description: 'The contact e-mail address for the organization.',
            format: 'email',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'email@example.com',
            core: 'Y',
          },
          {
            name: 'website',
            type: 'string',
            title: 'Website',
            description: 'The URL (website address) of the organization.',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
            core: 'Y',
          },
          {
            name: 'tax_status',
            type: 'string',
            title: 'Tax Status',
            description: 'DEPRECATED: Government assigned tax designation for tax-exempt organizations.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'tax_status',
          },
          {
            name: 'tax_id',
            type: 'string',
            title: 'Tax Identifier',
            description:
              'DEPRECATED: A government issued identifier used for the purpose of tax administration.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'tax_id',
          },
          {
            name: 'year_incorporated',
            type: 'number',
            title: 'Year Incorporated',
            description: 'The year in which the organization was legally formed.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2011',
          },
          {
            name: 'legal_status',
            type: 'string',
            title: 'Legal Status',
            description: 'The legal conditions that an organization is operating under.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Limited Company',
          },
          {
            name: 'logo',
            type: 'string',
            title: 'Logo',
            description:
              'A URL to an image associated with the organization which can be presented alongside its name.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'https://openreferral.org/wp-content/uploads/2018/02/OpenReferral_Logo_Green-4-1.png',
          },
          {
            name: 'uri',
            type: 'string',
            title: 'URI',
            description:
              'A persistent identifier to uniquely identify the organization such as those provided by Open Corporates or some other relevant URI provider. This is not for listing the website of the organization: that can be done through the website field of the Organization.',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
          },
          {
            name: 'parent_organization_id',
            type: 'string',
            title: 'Parent Organization Identifier',
            description: "The identifier of the organization's parent organization.",
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'cd09a387-91f4-4555-94ec-e799c35344cd',
          },
        ],
      },
    },
    {
      name: 'program',
      path: 'programs.csv',
      description: 'The details of collections of related services.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the program. Each program must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42',
          },
          {
            name: 'organization_id',
            type: 'string',
            title: 'Organization Identifier',
            description:
              'The identifier for the organization which the program belongs to. Each program must belong to a single organization, and the identifier for that organization should be given here.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The name of the program.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'Community Mental Health Support',
          },
          {
            name: 'alternate_name',
            type: 'string',
            title: 'Alternate Name',
            description: 'The (optional) alternative name for the program.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'MyCity Mental Health Group',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description: 'A free text description of the program',
            constraints: {
              required: true,
              unique: false,
            },
            example:
              'Comprehensive Mental Health Services available to residents of MyCity including CBT and Counselling. This is not an emergency service and should not be used as an alternative to hospital and GP services.',
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'service',
      path: 'services.csv',
      description: 'The details of the services provided by organizations to a range of different groups.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the service. Each service must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
            core: 'Y',
          },
          {
            name: 'organization_id',
            type: 'string',
            title: 'Organization Identifier',
            description: 'The identifier of the organization that provides this service.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
            core: 'Y',
          },
          {
            name: 'program_id',
            type: 'string',
            title: 'Program Identifier',
            description: 'The identifier of the program this service is delivered under.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The official or public name of the service.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'Community Counselling',
            core: 'Y',
          },
          {
            name: 'alternate_name',
            type: 'string',
            title: 'Alternate Name',
            description: 'An (optional) alternative name for this service.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'MyCity Counselling Services',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description: 'A free text description of the service.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances. ',
            core: 'Y',
          },
          {
            name: 'url',
            type: 'string',
            title: 'URL',
            description: 'URL of the service',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com/counselling',
            core: 'Y',
          },
          {
            name: 'email',
            type: 'string',
            title: 'Email',
            description: 'An email address which can be used to contact the service provider.',
            format: 'email',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'email@example.com',
            core: 'Y',
          },
          {
            name: 'status',
            type: 'string',
            title: 'Status',
            description:
              'The current status of the service which can be active, inactive, defunct, or temporarily closed.',
            constraints: {
              required: true,
              unique: false,
              enum: ['active', 'inactive', 'defunct', 'temporarily closed'],
            },
            example: 'active',
            core: 'Y',
          },
          {
            name: 'interpretation_services',
            type: 'string',
            title: 'Interpretation Services',
            description:
              'A free text description of any interpretation services available for accessing this service.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Interpretation services are available in Urdu, Polish, and Slovak',
          },
          {
            name: 'application_process',
            type: 'string',
            title: 'Application Process',
            description: 'A free text description of the steps needed to access this service.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'If you are an NHS patient please ask your GP for a referral letter, we will then be in touch with you directly. If you are not an NHS patient you should ring our reception to arrange an appointment',
          },
          {
            name: 'fees_description',
            type: 'string',
            title: 'Fees Description',
            description: 'A free text description of any charges for service users to access this service.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'Non-NHS patients are expected to pay for their counselling sessions. We charge a flat rate per hour of counselling. The current rate is £50 per hour. Please see our website for up to date prices.',
          },
          {
            name: 'wait_time',
            type: 'string',
            title: 'Wait Time',
            description: 'DEPRECATED: The time a client may expect to wait before receiving a service.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'wait_time',
          },
          {
            name: 'fees',
            type: 'string',
            title: 'Fees',
            description: 'DEPRECATED: Details of any charges for service users to access this service.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'fees_description',
          },
          {
            name: 'accreditations',
            type: 'string',
            title: 'Accreditations',
            description:
              'A free text description of any accreditations. Accreditation is the formal evaluation of an organization or program against best practice standards set by an accrediting organization.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'All of our practitioners are accredited by the BASC, UKCP, and the Professional Standards Body',
          },
          {
            name: 'eligibility_description',
            type: 'string',
            title: 'Eligibility Description',
            description: 'A free text description of the type of person for whom this service is intended.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'This service is intended for all people aged 12 and over who require counselling services in the MyCity area',
            core: 'Y',
          },
          {
            name: 'minimum_age',
            type: 'number',
            title: 'Minimum Age',
            description: 'The minimum age of a person required to meet this eligibility requirement.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '12',
          },
          {
            name: 'maximum_age',
            type: 'number',
            title: 'Maximum Age',
            description: 'The maximum age of a person required to meet this eligibility requirement.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '100',
          },
          {
            name: 'assured_date',
            type: 'date',
            title: 'Assured Date',
            description: 'The date that the information about the service was last checked.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2005-01-01',
          },
          {
            name: 'assurer_email',
            type: 'string',
            title: 'Assurer Email',
            description:
              'The contact e-mail address for the person or organization which last assured the service.',
            format: 'email',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'email@example.com',
          },
          {
            name: 'licenses',
            type: 'string',
            title: 'Licenses',
            description:
              'DEPRECATED: An organization may have a license issued by a government entity to operate legally. A list of any such licenses can be provided here.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'licences',
          },
          {
            name: 'alert',
            type: 'string',
            title: 'Alert',
            description: 'A description of any short term alerts concerning the service.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'Following COVID-19 we have moved most of our counselling sessions online. Please contact the reception if you require further information.',
          },
          {
            name: 'last_modified',
            type: 'datetime',
            title: 'Last Modified',
            description:
              'The datetime when the service, or any related information about the service, has changed. Should have millisecond accuracy.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2023-03-15T10:30:45.123Z',
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
          {
            fields: 'program_id',
            reference: {
              resource: 'program',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'attribute',
      path: 'attributes.csv',
      description:
        'A link between a service and one or more classifications that describe the nature of the service provided.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier of the attribute entry. Each attribute entry should have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'ae58cc39-8b70-4ab1-8aea-786882e5ac8e',
            core: 'Y',
          },
          {
            name: 'link_id',
            type: 'string',
            title: 'Link Identifier',
            description: 'The identifier of the entity to which this taxonomy term applies.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'f28dd44b-0c4d-479f-8e90-4c52219a8b3c',
            core: 'Y',
          },
          {
            name: 'taxonomy_term_id',
            type: 'string',
            title: 'Taxonomy Term Identifier',
            description: 'The identifier of this taxonomy term from the taxonomy table.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: false,
            },
            example: '3f7b145d-84af-42d7-8fae-eaca714b02b2',
            core: 'Y',
          },
          {
            name: 'link_type',
            type: 'string',
            title: 'Link Type',
            description:
              'A code taken from an enumerated open codelist to indicate what the taxonomy term describes, e.g. the service eligibility or intended audience.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'link_type',
            core: 'Y',
          },
          {
            name: 'link_entity',
            type: 'string',
            title: 'Link Entity',
            description: 'The table of the Link Identifier.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'link_entity',
            core: 'Y',
          },
          {
            name: 'value',
            type: 'string',
            title: 'Value',
            description: 'The value (if any) of an attribute.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'value',
            core: 'Y',
          },
        ],
        foreignKeys: [
          {
            fields: 'taxonomy_term_id',
            reference: {
              resource: 'taxonomy_term',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'service_at_location',
      path: 'service_at_location.csv',
      description: 'A link between a service and a specific location.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier of the service at location entry. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'e94c9f38-1e8f-4564-91d4-d53501ab1765',
            core: 'Y',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            description: 'The identifier of the service at a given location.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
            core: 'Y',
          },
          {
            name: 'location_id',
            type: 'string',
            title: 'Location Identifier',
            description: 'The identifier of the location where this service operates.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: false,
            },
            example: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
            core: 'Y',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description: 'A free text description of the service at this specific location.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Counselling Services provided by trained professionals in the MyCity area.',
          },
        ],
        foreignKeys: [
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'location',
      path: 'locations.csv',
      description:
        'The locations where organizations operate. Locations may be virtual, and one organization may have many locations.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier of the location. Each location must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
            core: 'Y',
          },
          {
            name: 'location_type',
            type: 'string',
            title: 'Location Type',
            description: 'The type of location, which may be either physical, postal, or virtual.',
            constraints: {
              required: true,
              unique: false,
              enum: ['physical', 'postal', 'virtual'],
            },
            example: 'physical',
            core: 'Y',
          },
          {
            name: 'url',
            type: 'string',
            title: 'URL',
            description:
              'If location_type is virtual, then this field represents the URL of a virtual location.',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
            core: 'Y',
          },
          {
            name: 'organization_id',
            type: 'string',
            title: 'Organization Identifier',
            description:
              'The organization identifier for a location. This is the organization that is responsible for maintaining information about this location. The identifier of the organization should be given here. Details of the services the organization delivers at this location should be provided in the services_at_location table.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '985e4a42-bd9f-4edc-911d-0243a4640aca',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The name of the location.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'MyCity Civic Center',
            core: 'Y',
          },
          {
            name: 'alternate_name',
            type: 'string',
            title: 'Alternate Name',
            description: 'An (optional) alternative name of the location.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Civic Center',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description: 'A free text description of the location.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'MyCity Civic Center is located on Main Street and contains facilities for a number of civic and community services available.',
            core: 'Y',
          },
          {
            name: 'transportation',
            type: 'string',
            title: 'Transportation',
            description:
              'A free text description of the access to public or private transportation to and from the location.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'MyCity Civic Center is serviced by the number 1 Bus and is a short walk from the Main Street Metro Station',
          },
          {
            name: 'latitude',
            type: 'number',
            title: 'Latitude',
            description: 'The latitude of the location expressed in decimal degrees in WGS84 datum.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '100',
            core: 'Y',
          },
          {
            name: 'longitude',
            type: 'number',
            title: 'Longitude',
            description: 'The longitude of the location expressed in decimal degrees in WGS84 datum.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '101',
            core: 'Y',
          },
          {
            name: 'external_identifier',
            type: 'string',
            title: 'External Identifier',
            description:
              'A third party identifier for the location, which can be drawn from other services e.g. UK UPRN.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '10092008082',
          },
          {
            name: 'external_identifier_type',
            type: 'string',
            title: 'External Identifier Type',
            description: "The scheme used for the location's external_identifier e.g. UK UPRN.",
            constraints: {
              required: false,
              unique: false,
            },
            example: 'UPRN',
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'phone',
      path: 'phones.csv',
      description:
        'The details of the telephone numbers used to contact organizations, services, and locations.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the phone number. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '1554f2e2-a373-45db-a3fa-9fc48a61c15e',
            core: 'Y',
          },
          {
            name: 'location_id',
            type: 'string',
            title: 'Location Identifier',
            description: 'The identifier of the location where this phone number is located.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            description: 'The identifier of the service for which this is the phone number.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
          },
          {
            name: 'organization_id',
            type: 'string',
            title: 'Organization Identifier',
            description: 'The identifier of the organization for which this is the phone number.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
          },
          {
            name: 'contact_id',
            type: 'string',
            title: 'Contact Identifier',
            description: 'The identifier of the contact for which this is the phone number.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '1e7efce3-639b-4880-940c-b95cd30cdb50',
            core: 'Y',
          },
          {
            name: 'service_at_location_id',
            type: 'string',
            title: 'Service At Location Identifier',
            description:
              'The identifier of the ‘service at location’ table entry, when this phone number is specific to a service in a particular location.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'e94c9f38-1e8f-4564-91d4-d53501ab1765',
          },
          {
            name: 'number',
            type: 'string',
            title: 'Number',
            description: 'The phone number.',
            constraints: {
              required: true,
              unique: false,
            },
            example: '"+44 1234 234567"',
            core: 'Y',
          },
          {
            name: 'extension',
            type: 'number',
            title: 'Extension',
            description: 'The extension of the phone number.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '100',
          },
          {
            name: 'type',
            type: 'string',
            title: 'Type',
            description:
              'Indicates the type of phone service, drawing from the RFC6350 list of types (text (for SMS), voice, fax, cell, video, pager, textphone).',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'voice',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description: 'A free text description providing extra information about the phone service',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'Our main reception phone number. The phones will be available from 0800 (8am) until 1800 (6pm) local time. There may be some slight delays in answering your call if we are busy.',
          },
        ],
        foreignKeys: [
          {
            fields: 'contact_id',
            reference: {
              resource: 'contact',
              fields: 'id',
            },
          },
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
          {
            fields: 'service_at_location_id',
            reference: {
              resource: 'service_at_location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'contact',
      path: 'contacts.csv',
      description: 'The details of the named contacts for services and organizations.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the contact. Each contact must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '1e7efce3-639b-4880-940c-b95cd30cdb50',
            core: 'Y',
          },
          {
            name: 'organization_id',
            type: 'string',
            title: 'Organization Identifier',
            description: 'The identifier of the organization for which this is a contact.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ae67a707-5893-4225-b0b1-320ab9cb596b',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            description: 'The identifier of the service for which this is a contact.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
            core: 'Y',
          },
          {
            name: 'service_at_location_id',
            type: 'string',
            title: 'Service At Location Identifier',
            format: 'uuid',
            description:
              'The identifier of the ‘service at location’ entry, when this contact is specific to a service in a particular location.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '93eaf18d-1cd2-4ec7-bffb-3c9172ee5070',
          },
          {
            name: 'location_id',
            type: 'string',
            title: 'Location Identifier',
            format: 'uuid',
            description: 'The identifier for the location of the contact.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The name of the contact.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Ann Persona',
            core: 'Y',
          },
          {
            name: 'title',
            type: 'string',
            title: 'Title',
            description: 'The job title of the contact.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Reception Manager',
            core: 'Y',
          },
          {
            name: 'department',
            type: 'string',
            title: 'Department',
            description: 'The department that the contact is a part of.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Reception',
          },
          {
            name: 'email',
            type: 'string',
            title: 'Email',
            description: 'The email address of the contact.',
            format: 'email',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'email@example.com',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
          {
            fields: 'service_at_location_id',
            reference: {
              resource: 'service_at_location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'address',
      path: 'addresses.csv',
      description: 'The addresses of locations where organizations operate.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier of the postal address. Each postal address must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '74706e55-df26-4b84-80fe-ecc30b5befb4',
            core: 'Y',
          },
          {
            name: 'location_id',
            type: 'string',
            title: 'Location Identifier',
            description: 'The identifier of the location for this postal address.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
            core: 'Y',
          },
          {
            name: 'attention',
            type: 'string',
            title: 'Attention',
            description:
              'The name of the person or entity whose attention should be sought at the location. These are often included as a "care of" component of an address.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'A. Persona',
            core: 'Y',
          },
          {
            name: 'address_1',
            type: 'string',
            title: 'Address line 1',
            description: 'The first line(s) of the address, including office, building number and street.',
            constraints: {
              required: true,
              unique: false,
            },
            example: '1-30 Main Street',
            core: 'Y',
          },
          {
            name: 'address_2',
            type: 'string',
            title: 'Address line 2',
            description: 'A second (additional) line of address information.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'MyVillage',
          },
          {
            name: 'city',
            type: 'string',
            title: 'City',
            description: 'The city in which the address is located.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'MyCity',
            core: 'Y',
          },
          {
            name: 'region',
            type: 'string',
            title: 'Region',
            description: 'The region in which the address is located (optional).',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'MyRegion',
            core: 'Y',
          },
          {
            name: 'state_province',
            type: 'string',
            title: 'State Or Province',
            description: 'The state or province in which the address is located.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'MyState',
            core: 'Y',
          },
          {
            name: 'postal_code',
            type: 'string',
            title: 'Postal Code',
            description: 'The postal code for the address.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'ABC 1234',
            core: 'Y',
          },
          {
            name: 'country',
            type: 'string',
            title: 'Country',
            description:
              'The country in which the address is located. This should be given as an ISO 3361-1 country code (two letter abbreviation).',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'US',
            core: 'Y',
          },
          {
            name: 'address_type',
            type: 'string',
            title: 'Address Type',
            description: 'The type of address which may be physical, postal, or virtual.',
            constraints: {
              required: true,
              unique: false,
              enum: ['physical', 'postal', 'virtual'],
            },
            example: 'postal',
            core: 'Y',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'schedule',
      path: 'schedules.csv',
      description: 'The details of when a service or location is open. Entries are RFC 5545 RRULES.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the schedule. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '48102e86-bb50-41c4-8f1e-e269368c41d1',
            core: 'Y',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            description: 'The identifier of the service for which this is the regular schedule',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
            core: 'Y',
          },
          {
            name: 'location_id',
            type: 'string',
            title: 'Location Identifier',
            description: 'The identifier of the location for which this is the regular schedule',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
          },
          {
            name: 'service_at_location_id',
            type: 'string',
            title: 'Service At Location Identifier',
            description:
              'The identifier of the ‘service at location’ table entry, when this schedule is specific to a service in a particular location.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'e94c9f38-1e8f-4564-91d4-d53501ab1765',
            core: 'Y',
          },
          {
            name: 'valid_from',
            type: 'date',
            title: 'Valid From',
            description:
              'The date from which the schedule information is valid. It must be in the ISO 8601 format of YYYY-MM-DD,',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2005-01-01',
            core: 'Y',
          },
          {
            name: 'valid_to',
            type: 'date',
            title: 'Valid To',
            description:
              'The last date on which the schedule information is valid. It must be in the ISO 8601 format of YYYY-MM-DD.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2005-01-01',
            core: 'Y',
          },
          {
            name: 'dtstart',
            type: 'date',
            title: 'Date Start',
            description:
              'iCal - The date of the first event is the schedule. Necessary when using the ‘interval’ feature, optional otherwise.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2005-01-01',
            core: 'Y',
          },
          {
            name: 'timezone',
            type: 'number',
            title: 'Timezone',
            description:
              'The timezone that all dates are expressed as, expressed as a UTC offset. Dates are assumed to be UTC otherwise.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '3',
          },
          {
            name: 'until',
            type: 'date',
            title: 'Until',
            description: 'iCal - The date of the last occurrence of the recurring event.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2005-01-01',
          },
          {
            name: 'count',
            type: 'number',
            title: 'Count',
            description:
              'iCal - The number of times that the event occurs. Use this instead of ‘until’, if appropriate.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '3',
          },
          {
            name: 'wkst',
            type: 'string',
            title: 'Week Start',
            description: 'iCal - The two-letter code for the day on which the week starts.',
            constraints: {
              required: false,
              unique: false,
              enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
            },
            example: 'TU',
          },
          {
            name: 'freq',
            type: 'string',
            title: 'Frequency',
            description: 'iCal - How often the frequency repeats.',
            constraints: {
              required: false,
              unique: false,
              enum: ['WEEKLY', 'MONTHLY'],
            },
            example: 'WEEKLY',
            core: 'Y',
          },
          {
            name: 'interval',
            type: 'number',
            title: 'Interval',
            description:
              'iCal - How often the frequency repeats. For example, and Interval of 2 for a WEEKLY Frequency would represent fortnightly.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '1',
            core: 'Y',
          },
          {
            name: 'byday',
            type: 'string',
            title: 'By Day',
            description:
              'iCal - Comma separated days of the week. Where freq is MONTHLY each part can be preceded by a positive or negative integer to represent which occurrence in a month; e.g. 2MO is the second Monday in a month. -1FR is the last Friday',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'TH,FR',
            core: 'Y',
          },
          {
            name: 'byweekno',
            type: 'string',
            title: 'By Week Number',
            description:
              'iCal - Comma separated numeric weeks of the year, where freq is WEEKLY. Can be negative to represent weeks before the end of the year; e.g. -5 is the 5th to last week in a year.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '41,42',
          },
          {
            name: 'bymonthday',
            type: 'string',
            title: 'By Month Day',
            description:
              'iCal - Comma separated numeric days of the month, where frequency is MONTHLY. Can be negative to represent days before the end of the month; e.g. -5 is the 5th to last day in a month.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2,3,4',
            core: 'Y',
          },
          {
            name: 'byyearday',
            type: 'string',
            title: 'By Year Day',
            description:
              'iCal - Comma separated numeric days of the month, where frequency is YEARLY. Can be negative to represent days before the end of the year; e.g. -1 is the last day in a year.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2,3,4',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description: 'A free text description of the availability of the service.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.',
            core: 'Y',
          },
          {
            name: 'opens_at',
            type: 'time',
            title: 'Opens At',
            description:
              'The time when a service or location opens. This should use HH:MM format and should include timezone information, either adding the suffix ‘Z’ when the date is in UTC, or including an offset from UTC (e.g. 09:00-05:00 for 9am EST.)',
            constraints: {
              required: false,
              unique: false,
            },
            example: '10:00:00',
            core: 'Y',
          },
          {
            name: 'closes_at',
            type: 'time',
            title: 'Closes At',
            description:
              'The time when a service or location closes. This should use HH:MM format and should include timezone information, either adding the suffix ‘Z’ when the date is in UTC, or including an offset from UTC (e.g. 09:00-05:00 for 9am EST.).',
            constraints: {
              required: false,
              unique: false,
            },
            example: '18:00:00',
            core: 'Y',
          },
          {
            name: 'schedule_link',
            type: 'string',
            title: 'Schedule Link',
            description:
              'URL of a link for the schedule which may show each individual session and may provide a booking facility.',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
          },
          {
            name: 'attending_type',
            type: 'string',
            title: 'Attending Type',
            description: 'A free text description of how to attend this service.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'You can attend this service in-person or remotely via video conferencing',
          },
          {
            name: 'notes',
            type: 'string',
            title: 'Notes',
            description: 'Free text notes on the schedule.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'Some of our staff will be unavailable during their lunch break which may be any 30 minute period between 1200 and 1400',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
          {
            fields: 'service_at_location_id',
            reference: {
              resource: 'service_at_location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'funding',
      path: 'funding.csv',
      description: 'The sources of funding for a service or organization.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the funding. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '1f2df32c-bf08-4b8e-bd6f-e834014b19bc',
          },
          {
            name: 'organization_id',
            type: 'string',
            title: 'Organization Identifier',
            description: 'The identifier of the organization in receipt of this funding.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            format: 'uuid',
            description: 'The identifier of the service in receipt of this funding.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
          },
          {
            name: 'source',
            type: 'string',
            title: 'Source',
            description: 'A free text description of the source of funds for this organization or service.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'This service is funded partially by the MyCity local government and via grants made by charity funding bodies. We also operate a for-profit department which is used to partially cover the expense of the public service',
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'service_area',
      path: 'service_areas.csv',
      description: 'The details of the geographic area for which a service is available.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier for the service area. Each service area must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '381c64f1-a724-4884-9c21-ac96c21cca3e',
            core: 'Y',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            description: 'The identifier of the service for which this entry describes the service area',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
            core: 'Y',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'A free text geographic area where a service is available.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'The service is available to all residents of the MyCity area. We provide the service in our offices or via video conferencing to any who can provide evidence of their residency.',
            core: 'Y',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description:
              'A more detailed free text description of this service area. Used to provide any additional information that cannot be communicated using the structured area and geometry fields.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'The service is available to all residents of the MyCity area, including all postcodes starting with AB1, AB2, and AB3',
            core: 'Y',
          },
          {
            name: 'extent',
            type: 'string',
            title: 'Extent',
            description: 'A definition of the polygon defining the area.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'extent',
          },
          {
            name: 'extent_type',
            type: 'string',
            title: 'Extent Type',
            description:
              'The format of the extent field  populated from an enum of  "geojson", "topojson",  "kml",and (for legacy systems or early state during transformation) "text".',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'geojson',
          },
          {
            name: 'uri',
            type: 'string',
            title: 'URI',
            description: 'A URI which acts as a persistent identifier to identify an area.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
          },
        ],
        foreignKeys: [
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'required_document',
      path: 'required_documents.csv',
      description: 'The details of any documents that are required in order to access or use services.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the document. Each document must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'f6ad7e69-b9c8-42ce-92db-92cedb4c05c0',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            description:
              'The identifier of the service for which this entry describes the required document.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
          },
          {
            name: 'document',
            type: 'string',
            title: 'Document',
            description:
              'A free text description of the document required to apply for or receive the service.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              "Any official identification document (Passport, Driver's Licence, identity card) and evidence of address such as an official letter from local or national government. A driver's license which shows your name, photograph, and address can be used as a sole identification document.",
          },
          {
            name: 'uri',
            type: 'string',
            title: 'URI',
            description: 'A web link to the document.',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
          },
        ],
        foreignKeys: [
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'language',
      path: 'languages.csv',
      description:
        'The languages that are spoken at locations or services. This does not include languages which can only be used with interpretation.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the language. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '2989d3ed-c547-48f8-8f9d-432d81c7892e',
            core: 'Y',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            description:
              'The identifier of the service for which the entry describes the languages in which services are delivered.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
            core: 'Y',
          },
          {
            name: 'location_id',
            type: 'string',
            title: 'Location Identifier',
            description:
              'The identifier of the location for which the entry describes the languages in which services are delivered.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
          },
          {
            name: 'phone_id',
            type: 'string',
            title: 'Phone Identifier',
            format: 'uuid',
            description:
              'The identifier of the phone for which the entry describes the languages in which services delivered.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '1554f2e2-a373-45db-a3fa-9fc48a61c15e',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The name of the language in which the service is delivered.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Urdu',
            core: 'Y',
          },
          {
            name: 'code',
            type: 'string',
            title: 'Code',
            description: 'The ISO 639-1 or ISO 639-3 code for the language.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ur',
          },
          {
            name: 'note',
            type: 'string',
            title: 'Note',
            description:
              'A free text description of any additional context or services provided for this language.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Translation services provided via bilingual staff when they are available',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
          {
            fields: 'phone_id',
            reference: {
              resource: 'phone',
              fields: 'id',
            },
          },
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'accessibility',
      path: 'accessibility.csv',
      description:
        'The details of the arrangements for access to locations for people who have disabilities.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier for this accessibility information. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'afcf296e-1cb2-4139-9c88-33d587d1a50b',
            core: 'Y',
          },
          {
            name: 'location_id',
            type: 'string',
            title: 'Location Identifier',
            description: 'The identifier for the location of the accessibility provision.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
            core: 'Y',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description:
              'A free text description of the assistance or infrastructure that facilitates access to clients with disabilities.',
            constraints: {
              required: false,
              unique: false,
            },
            example:
              'The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels.',
            core: 'Y',
          },
          {
            name: 'details',
            type: 'string',
            title: 'Details',
            description:
              'Any further details relating to the relevant accessibility arrangements at this location.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Switch hearing aid to T-coil to access the induction loop facility.',
          },
          {
            name: 'url',
            type: 'string',
            title: 'URL',
            description: 'The URL of a page giving more information about the accessibility of the location.',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
          },
        ],
        foreignKeys: [
          {
            fields: 'location_id',
            reference: {
              resource: 'location',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'taxonomy_term',
      path: 'taxonomy_terms.csv',
      description:
        'Each service can be categorized according to one or more taxonomy terms. The taxonomy_term object contains a list of taxonomy terms, their names, and, for hierarchical taxonomies, their structure.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier for this taxonomy term. Each taxonomy term must have a unique identifier, within the scope of the dataset.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '3f7b145d-84af-42d7-8fae-eaca714b02b2',
            core: 'Y',
          },
          {
            name: 'code',
            type: 'string',
            title: 'Code',
            description:
              'The term identfier as used in the taxonomy. This and the taxonomy_id combined define the term.',
            constraints: {
              required: false,
              unique: true,
            },
            example: 'code',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The taxonomy term itself.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'name',
            core: 'Y',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description: 'A free text description of the term.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'description',
          },
          {
            name: 'parent_id',
            type: 'string',
            title: 'Parent Identifier',
            description:
              'If this is a child term in a hierarchical taxonomy, give the identifier of the parent category. For top-level categories, this is not required.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '0bc248fa-dc27-4650-9ba4-8f1a24ef16a2',
            core: 'Y',
          },
          {
            name: 'taxonomy',
            type: 'string',
            title: 'Taxonomy',
            description:
              'If this is an established taxonomy, a free text description of which taxonomy is in use. If possible, provide a URI.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'taxonomy',
            core: 'Y',
          },
          {
            name: 'language',
            type: 'string',
            title: 'Language',
            description:
              'An ISO 639-1, or ISO 639-2 [language code](available at http://www.loc.gov/standards/iso639-2/php/code_list.php) to represent the language of the term. The three-letter codes from ISO 639-2 provide greater accuracy when describing variants of languages, which may be relevant to particular communities.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'eng',
          },
          {
            name: 'taxonomy_id',
            type: 'string',
            title: 'Taxonomy Identifier',
            description: 'The identifier of the taxonomy containing the term.',
            format: 'uuid',
            constraints: {
              required: false,
              unique: false,
            },
            example: '07ff6aee-a219-438c-b694-d2fcb6c5373b',
          },
          {
            name: 'term_uri',
            type: 'string',
            title: 'Term URI',
            description: 'URI of the term.',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
          },
        ],
        foreignKeys: [
          {
            fields: 'taxonomy_id',
            reference: {
              resource: 'taxonomy',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'metadata',
      path: 'metadata.csv',
      description:
        'A record of the changes that have been made to the data in order to maintain provenance information.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for this metadata. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '6cd71e9f-1013-49d9-8370-26b8f59d3e5a',
          },
          {
            name: 'resource_id',
            type: 'string',
            title: 'Resource Identifier',
            description:
              'The identifier of the resource (service, program, location, address, or contact) that this metadata describes.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: false,
            },
            example: '38960354-e7d2-4cfa-a368-820f729d6ccf',
          },
          {
            name: 'resource_type',
            type: 'string',
            title: 'Resource Type',
            description: 'The type of entity being referenced.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'location',
          },
          {
            name: 'last_action_date',
            type: 'date',
            title: 'Last Action Date',
            description: 'The date when data was changed.',
            constraints: {
              required: true,
              unique: false,
            },
            example: '2011-01-01',
          },
          {
            name: 'last_action_type',
            type: 'string',
            title: 'Last Action Type',
            description: 'The kind of change made to the data.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'update',
          },
          {
            name: 'field_name',
            type: 'string',
            title: 'Field Name',
            description: 'The name of field that has been modified.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'name',
          },
          {
            name: 'previous_value',
            type: 'string',
            title: 'Previous Value',
            description: 'The previous value of the field that has been modified.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'MyCity Civic Center',
          },
          {
            name: 'replacement_value',
            type: 'string',
            title: 'Replacement Value',
            description: 'The new value of the field that has been modified.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'MyCity New Civic Center',
          },
          {
            name: 'updated_by',
            type: 'string',
            title: 'Updated By',
            description: 'The name of the person who modified the field.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'Ann Persona',
          },
        ],
      },
    },
    {
      name: 'meta_table_description',
      path: 'meta_table_descriptions.csv',
      description: 'Metadata about individual tables.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier for the metadata description. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'c11af60b-a394-4e53-9943-324dda2d17a1',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The name for the metadata description.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Example name',
          },
          {
            name: 'language',
            type: 'string',
            title: 'Language',
            description: 'The ISO 639-1 or ISO 639-3 code for the language of the metadata description.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ur',
          },
          {
            name: 'character_set',
            type: 'string',
            title: 'Character Set',
            description: 'The character set of the metadata description.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'ASCII',
          },
        ],
      },
    },
    {
      name: 'cost_option',
      path: 'cost_options.csv',
      description:
        "The costs of a service at certain points in time. This is an LGA Extension. This object provides a structured version of the text information contained in the 'fees' field of the 'service' object.",
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier for the cost option. Each entry must have a unique identifier',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '1fdf4d39-3d80-484d-9f92-a8ffa08621e7',
          },
          {
            name: 'service_id',
            type: 'string',
            title: 'Service Identifier',
            description: 'The identifier of the services for which the entry describes the cost.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'ac148810-d857-441c-9679-408f346de14b',
          },
          {
            name: 'valid_from',
            type: 'date',
            title: 'Valid From',
            description: 'The date when this price is valid from.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2020-01-01',
          },
          {
            name: 'valid_to',
            type: 'date',
            title: 'Valid To',
            description: 'The date when this price is valid to.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '2022-12-31',
          },
          {
            name: 'option',
            type: 'string',
            title: 'Option',
            description: 'Conditions associated with the cost option.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'Under 18s and Over 60s',
          },
          {
            name: 'currency',
            type: 'string',
            title: 'Currency',
            description:
              'The 3 letter currency code of this cost option (expected to be gbp by Open Referral UK).',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'gbp',
          },
          {
            name: 'amount',
            type: 'number',
            title: 'Amount',
            description: 'The cost of the option, expressed as an amount.',
            constraints: {
              required: false,
              unique: false,
            },
            example: '35',
          },
          {
            name: 'amount_description',
            type: 'string',
            title: 'Amount Description',
            description: 'Specific details qualifying the cost amount.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'per 1 hour session',
          },
        ],
        foreignKeys: [
          {
            fields: 'service_id',
            reference: {
              resource: 'service',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'organization_identifier',
      path: 'organization_identifiers.csv',
      description:
        'The details of the third party identifiers for organizations, such as: company registration number, charity number, tax registration number.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description:
              'The identifier for this organization identifier entry. Each entry must have a unique identifier.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: 'd4dbcebc-0802-47cb-8651-b937ac4f2f3e',
          },
          {
            name: 'organization_id',
            type: 'string',
            title: 'Organization Identifier',
            description:
              'The identifier of the organization. This should match the uuid of an organization object.',
            format: 'uuid',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
          },
          {
            name: 'identifier_scheme',
            type: 'string',
            title: 'Identifier Scheme',
            description: 'The scheme of the third party identifier, according to http://org-id.guide/.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'GB-COH',
          },
          {
            name: 'identifier_type',
            type: 'string',
            title: 'Identifier Type',
            description:
              'A human-readable equivalent of the identifier_scheme. This may be used in cases where org-id.guide does not list an appropriate identifier scheme.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'Company number',
          },
          {
            name: 'identifier',
            type: 'string',
            title: 'Third Party Identifier',
            description: 'The third-party identifier value.',
            constraints: {
              required: true,
              unique: false,
            },
            example: '1234567',
          },
        ],
        foreignKeys: [
          {
            fields: 'organization_id',
            reference: {
              resource: 'organization',
              fields: 'id',
            },
          },
        ],
      },
    },
    {
      name: 'taxonomy',
      path: 'taxonomies.csv',
      description: 'The taxonomies from which taxonomy terms are taken.',
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: [
          {
            name: 'id',
            type: 'string',
            title: 'Identifier',
            description: 'The identifier of the taxonomy. Each entry must have a unique identifier',
            format: 'uuid',
            constraints: {
              required: true,
              unique: true,
            },
            example: '5c4d79d7-cc55-470e-9f1f-8cad074e4892',
          },
          {
            name: 'name',
            type: 'string',
            title: 'Name',
            description: 'The name of the taxonomy from which terms are sourced.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'name',
          },
          {
            name: 'description',
            type: 'string',
            title: 'Description',
            description: 'A free text description of the taxonomy.',
            constraints: {
              required: true,
              unique: false,
            },
            example: 'description',
          },
          {
            name: 'uri',
            type: 'string',
            title: 'URI',
            description: 'The URI of the taxonomy.',
            format: 'uri',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'http://example.com',
          },
          {
            name: 'version',
            type: 'string',
            title: 'Version',
            description: 'The version of the taxonomy.',
            constraints: {
              required: false,
              unique: false,
            },
            example: 'version',
          },
        ],
      },
    },
  ],
};

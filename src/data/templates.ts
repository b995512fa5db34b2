// The kinds of service the sample and benchmark directories are made of. Every agency here is
// fictional; the wording follows the brief (no "rescue" framing; anyone, however they name it).
import type { DeliveryMode } from '../model/service';
import type { TaxonomyId } from '../model/taxonomy';

export type HoursPattern = 'always' | 'office' | 'office-late' | 'evening-outreach' | 'drop-in' | 'unknown';

export interface ServiceTemplate {
  key: string;
  name: string;
  name_fr: string;
  description: string;
  description_fr: string;
  next_steps: string;
  next_steps_fr: string;
  taxonomy: TaxonomyId[];
  modes: DeliveryMode[];
  hours: HoursPattern[];
  /** Whether it keeps beds or places, so availability matters. */
  capacity: boolean;
  /** Serves the whole region remotely (phone, text, virtual). */
  regional: boolean;
  minAge?: number;
  maxAge?: number;
}

export const SERVICE_TEMPLATES: readonly ServiceTemplate[] = [
  {
    key: 'shelter',
    name: 'Safer emergency shelter',
    name_fr: 'Refuge d’urgence plus sûr',
    description:
      'Short-stay shelter beds for women, trans and two-spirit people leaving violence or exploitation, whatever they call their experience. Meals, a private room when one is free, and help planning next steps.',
    description_fr:
      'Lits d’hébergement de courte durée pour les femmes et les personnes trans et bispirituelles qui fuient la violence ou l’exploitation, quelle que soit la façon dont elles nomment leur expérience. Repas, chambre individuelle quand il y en a une de libre et aide pour planifier la suite.',
    next_steps: 'Call any time. Staff will ask what you need tonight, not for your story.',
    next_steps_fr:
      'Appelez à toute heure. L’équipe vous demandera ce dont vous avez besoin ce soir, pas votre histoire.',
    taxonomy: ['program.safer-shelter', 'sector.intimate-partner-violence', 'approach.trauma-informed'],
    modes: ['in_person', 'phone'],
    hours: ['always'],
    capacity: true,
    regional: false,
    minAge: 16,
  },
  {
    key: 'support-line',
    name: '24-hour support line',
    name_fr: 'Ligne d’écoute 24 heures',
    description:
      'Talk or text with a trained listener any time, day or night. Information about options, safety planning and services across the north.',
    description_fr:
      'Parlez ou textez avec une personne formée à l’écoute, à toute heure du jour ou de la nuit. Information sur les options, plan de sécurité et services partout dans le Nord.',
    next_steps: 'Call or text. You do not have to give your name.',
    next_steps_fr: 'Appelez ou textez. Vous n’avez pas à donner votre nom.',
    taxonomy: ['sector.crisis-line', 'approach.trauma-informed', 'approach.critical-anti-trafficking'],
    modes: ['phone', 'text'],
    hours: ['always'],
    capacity: false,
    regional: true,
  },
  {
    key: 'peer-outreach',
    name: 'Peer outreach van',
    name_fr: 'Camionnette de proximité par les pairs',
    description:
      'Peers with lived experience in the sex industry bring harm reduction supplies, food, warm clothes and a friendly ear. No judgement, no pressure to leave anything.',
    description_fr:
      'Des pairs ayant une expérience vécue dans l’industrie du sexe apportent du matériel de réduction des méfaits, de la nourriture, des vêtements chauds et une oreille attentive. Sans jugement et sans pression pour quitter quoi que ce soit.',
    next_steps: 'Text to arrange a meeting place, or look for the van on its evening route.',
    next_steps_fr:
      'Envoyez un texto pour convenir d’un lieu de rencontre, ou cherchez la camionnette sur son trajet du soir.',
    taxonomy: [
      'program.peer-outreach',
      'approach.harm-reduction',
      'approach.sex-work-informed',
      'knowledge.experiential-paid',
    ],
    modes: ['outreach', 'text'],
    hours: ['evening-outreach'],
    capacity: false,
    regional: false,
  },
  {
    key: 'transitional',
    name: 'Transitional housing program',
    name_fr: 'Programme de logement de transition',
    description:
      'Furnished units for up to two years with a support worker, for people rebuilding after violence or exploitation.',
    description_fr:
      'Logements meublés pour une période allant jusqu’à deux ans, avec une personne intervenante, pour les personnes qui se reconstruisent après la violence ou l’exploitation.',
    next_steps: 'Call for an intake appointment. A worker can help fill in the application.',
    next_steps_fr:
      'Appelez pour un rendez-vous d’accueil. Une personne intervenante peut vous aider à remplir la demande.',
    taxonomy: ['program.transitional-housing', 'program.case-worker', 'approach.relational'],
    modes: ['in_person', 'phone'],
    hours: ['office', 'office-late'],
    capacity: true,
    regional: false,
    minAge: 18,
  },
  {
    key: 'long-term-housing',
    name: 'Safer affordable housing support',
    name_fr: 'Soutien au logement abordable plus sûr',
    description:
      'Help finding and keeping long-term, safer and affordable housing: applications, rent supplements and landlord mediation.',
    description_fr:
      'Aide pour trouver et garder un logement abordable et plus sûr à long terme : demandes, suppléments au loyer et médiation avec les propriétaires.',
    next_steps: 'Call to book a housing worker; bring what documents you have, none are required to start.',
    next_steps_fr:
      'Appelez pour prendre rendez-vous avec une personne intervenante en logement; apportez les documents que vous avez, aucun n’est exigé pour commencer.',
    taxonomy: ['program.long-term-housing', 'program.case-worker'],
    modes: ['in_person', 'phone', 'virtual'],
    hours: ['office'],
    capacity: true,
    regional: false,
    minAge: 16,
  },
  {
    key: 'sexual-assault',
    name: 'Sexual assault counselling',
    name_fr: 'Counselling en matière d’agression sexuelle',
    description:
      'Free counselling, accompaniment to hospital or court, and support groups for survivors of sexual violence of any gender.',
    description_fr:
      'Counselling gratuit, accompagnement à l’hôpital ou au tribunal et groupes de soutien pour les personnes survivantes de violence sexuelle, de tous les genres.',
    next_steps: 'Call the office line; you can ask for a counsellor who speaks French.',
    next_steps_fr: 'Appelez le bureau; vous pouvez demander une personne conseillère qui parle français.',
    taxonomy: ['sector.sexual-assault-centre', 'sector.counselling', 'approach.feminist-intersectional'],
    modes: ['in_person', 'phone', 'virtual'],
    hours: ['office', 'office-late'],
    capacity: false,
    regional: false,
  },
  {
    key: 'indigenous-healing',
    name: 'Indigenous healing and wellness program',
    name_fr: 'Programme autochtone de guérison et de mieux-être',
    description:
      'Ceremony, land-based healing, Elders and traditional counselling for Indigenous people and families affected by violence and MMIWG2S.',
    description_fr:
      'Cérémonies, guérison sur le territoire, Aînées et Aînés et counselling traditionnel pour les personnes et familles autochtones touchées par la violence et par les FFADA2E.',
    next_steps: 'Drop in or call to speak with a wellness worker.',
    next_steps_fr:
      'Passez sans rendez-vous ou appelez pour parler à une personne intervenante en mieux-être.',
    taxonomy: [
      'program.indigenous-healing',
      'approach.indigenous-centric',
      'knowledge.indigenous',
      'sector.friendship-centre',
    ],
    modes: ['in_person', 'phone', 'outreach'],
    hours: ['office', 'drop-in'],
    capacity: false,
    regional: false,
  },
  {
    key: 'mental-health',
    name: 'Mental health and addictions walk-in',
    name_fr: 'Clinique sans rendez-vous en santé mentale et dépendances',
    description:
      'Walk-in counselling, withdrawal support and referrals to treatment, with a harm reduction approach.',
    description_fr:
      'Counselling sans rendez-vous, soutien au sevrage et aiguillage vers un traitement, selon une approche de réduction des méfaits.',
    next_steps: 'Walk in during open hours, or call to ask about the wait today.',
    next_steps_fr:
      'Présentez-vous pendant les heures d’ouverture, ou appelez pour connaître l’attente du jour.',
    taxonomy: ['program.mental-health-addictions', 'approach.harm-reduction', 'sector.health'],
    modes: ['in_person', 'phone'],
    hours: ['office-late', 'drop-in'],
    capacity: false,
    regional: false,
    minAge: 12,
  },
  {
    key: 'drop-in',
    name: 'Harm reduction drop-in',
    name_fr: 'Halte-accueil de réduction des méfaits',
    description:
      'A safer space to rest, eat, shower and get supplies. Nurses some evenings. Sex workers welcome.',
    description_fr:
      'Un espace plus sûr pour se reposer, manger, se doucher et obtenir du matériel. Du personnel infirmier certains soirs. Les travailleuses et travailleurs du sexe sont les bienvenus.',
    next_steps: 'Come by during drop-in hours. No sign-in needed.',
    next_steps_fr: 'Passez pendant les heures d’accueil. Pas besoin de vous inscrire.',
    taxonomy: [
      'approach.harm-reduction',
      'approach.sex-work-informed',
      'approach.2slgbtq-friendly',
      'sector.health',
    ],
    modes: ['in_person'],
    hours: ['drop-in', 'evening-outreach'],
    capacity: false,
    regional: false,
  },
  {
    key: 'victim-services',
    name: 'Victim services',
    name_fr: 'Services aux victimes',
    description:
      'Crisis response, safety planning and help with emergency funds after a crime or a tragic event. Works alongside, but separate from, police.',
    description_fr:
      'Intervention en situation de crise, plan de sécurité et aide financière d’urgence après un crime ou un événement tragique. Travaille aux côtés de la police, mais n’en fait pas partie.',
    next_steps: 'Call the office; after hours, leave a message and a worker calls back.',
    next_steps_fr:
      'Appelez le bureau; en dehors des heures, laissez un message et une personne intervenante vous rappelle.',
    taxonomy: ['sector.victim-services', 'program.case-worker'],
    modes: ['phone', 'in_person'],
    hours: ['office', 'always'],
    capacity: false,
    regional: false,
  },
  {
    key: 'legal',
    name: 'Community legal clinic',
    name_fr: 'Clinique juridique communautaire',
    description:
      'Free legal advice on family law, housing, immigration status, rights at work (unpaid wages, labour exploitation) and criminal records, including record suspensions.',
    description_fr:
      'Conseils juridiques gratuits en droit de la famille, en logement, sur le statut d’immigration, les droits au travail (salaires impayés, exploitation par le travail) et les casiers judiciaires, y compris la suspension du casier.',
    next_steps: 'Call to book; phone and video appointments for people outside town.',
    next_steps_fr:
      'Appelez pour prendre rendez-vous; rendez-vous par téléphone ou par vidéo pour les personnes hors de la ville.',
    taxonomy: ['sector.legal', 'sector.labour-exploitation'],
    modes: ['in_person', 'phone', 'virtual'],
    hours: ['office'],
    capacity: false,
    regional: true,
  },
  {
    key: 'francophone',
    name: 'Counselling en français',
    name_fr: 'Counselling en français',
    description:
      'French-language counselling and advocacy for women and gender-diverse people who have experienced violence.',
    description_fr:
      'Counselling et défense des droits en français pour les femmes et les personnes de diverses identités de genre ayant vécu de la violence.',
    next_steps: 'Call the office or send a text for a first appointment.',
    next_steps_fr: 'Appelez le bureau ou envoyez un texto pour un premier rendez-vous.',
    taxonomy: ['sector.francophone', 'sector.counselling', 'approach.feminist-intersectional'],
    modes: ['in_person', 'phone', 'virtual'],
    hours: ['office'],
    capacity: false,
    regional: false,
  },
  {
    key: 'travel',
    name: 'Travel support fund',
    name_fr: 'Fonds de soutien aux déplacements',
    description:
      'Pays for bus, train, flights or gas to reach a service far from home, and for a safe place to stay on the way.',
    description_fr:
      'Paie l’autobus, le train, l’avion ou l’essence pour se rendre à un service loin de chez soi, ainsi qu’un endroit sûr où passer la nuit en route.',
    next_steps: 'Call; a worker or an agency can request travel on your behalf with your consent.',
    next_steps_fr:
      'Appelez; une personne intervenante ou un organisme peut demander une aide au déplacement en votre nom, avec votre consentement.',
    taxonomy: ['sector.travel-support', 'program.case-worker'],
    modes: ['phone', 'text'],
    hours: ['office-late'],
    capacity: false,
    regional: true,
  },
  {
    key: 'youth',
    name: 'Youth aging-out support',
    name_fr: 'Soutien aux jeunes qui quittent la prise en charge',
    description: 'Mentoring, housing help and a worker who stays with young people leaving care, until 25.',
    description_fr:
      'Mentorat, aide au logement et une personne intervenante qui accompagne les jeunes qui quittent la prise en charge, jusqu’à 25 ans.',
    next_steps: 'Text or call; friends and workers can reach out too.',
    next_steps_fr:
      'Textez ou appelez; vos proches et les personnes intervenantes peuvent aussi nous joindre.',
    taxonomy: ['program.aging-out-youth', 'program.case-worker', 'approach.relational'],
    modes: ['in_person', 'text', 'outreach'],
    hours: ['office-late'],
    capacity: false,
    regional: false,
    minAge: 16,
    maxAge: 25,
  },
  {
    key: 'family',
    name: 'Family reunification support',
    name_fr: 'Soutien à la réunification familiale',
    description:
      'Advocacy and accompaniment for parents working to get their children back, with child welfare meetings and court. Families of choice welcome.',
    description_fr:
      'Défense des droits et accompagnement des parents qui veulent récupérer leurs enfants, aux rencontres avec la protection de l’enfance et au tribunal. Les familles choisies sont les bienvenues.',
    next_steps: 'Call to meet a family advocate.',
    next_steps_fr: 'Appelez pour rencontrer une personne qui défend les droits des familles.',
    taxonomy: [
      'program.children-back',
      'program.case-worker',
      'approach.indigenous-centric',
      'audience.families',
    ],
    modes: ['in_person', 'phone'],
    hours: ['office'],
    capacity: false,
    regional: false,
  },
  {
    key: 'children',
    name: "Children's healing circle",
    name_fr: 'Cercle de guérison pour enfants',
    description:
      'Groups and play therapy for children who witnessed violence or lost a parent, including families touched by MMIWG2S.',
    description_fr:
      'Groupes et thérapie par le jeu pour les enfants témoins de violence ou ayant perdu un parent, y compris au sein des familles touchées par les FFADA2E.',
    next_steps: 'A parent, guardian or worker can call to register.',
    next_steps_fr:
      'Un parent, un tuteur, une tutrice ou une personne intervenante peut appeler pour l’inscription.',
    taxonomy: ['program.children-witnessed-violence', 'knowledge.indigenous', 'sector.counselling'],
    modes: ['in_person'],
    hours: ['office'],
    capacity: true,
    regional: false,
    maxAge: 17,
  },
  {
    key: 'case-worker',
    name: 'Dedicated case worker',
    name_fr: 'Personne intervenante attitrée',
    description:
      'One worker who walks with you across services, so you do not have to repeat your story to every agency.',
    description_fr:
      'Une seule personne intervenante qui vous accompagne d’un service à l’autre, pour que vous n’ayez pas à répéter votre histoire à chaque organisme.',
    next_steps: 'Call or text; you choose what to share and with whom.',
    next_steps_fr: 'Appelez ou textez; vous choisissez ce que vous partagez et avec qui.',
    taxonomy: ['program.case-worker', 'approach.relational', 'knowledge.privacy-respecting-data'],
    modes: ['in_person', 'phone', 'text', 'outreach'],
    hours: ['office-late'],
    capacity: true,
    regional: false,
  },
  {
    key: 'virtual-counselling',
    name: 'Remote counselling by phone and video',
    name_fr: 'Counselling à distance par téléphone et vidéo',
    description:
      'Counselling for people in fly-in and rail communities, by phone, text or video, so nobody has to leave home to be heard.',
    description_fr:
      'Counselling pour les personnes des communautés accessibles uniquement par avion ou par train, par téléphone, texto ou vidéo, pour que chaque personne puisse être écoutée sans quitter sa communauté.',
    next_steps: 'Call or text to set a time; appointments in the evening are possible.',
    next_steps_fr: 'Appelez ou textez pour fixer un moment; des rendez-vous en soirée sont possibles.',
    taxonomy: ['sector.counselling', 'approach.trauma-informed', 'knowledge.decolonial-tvi-training'],
    modes: ['phone', 'text', 'virtual'],
    hours: ['office-late'],
    capacity: false,
    regional: true,
  },
];

export const ORG_PREFIXES = [
  'Birchlight',
  'Cedar Path',
  'Tamarack',
  'Aurora',
  'Loon Lake',
  'Northern Star',
  'Willow Bend',
  'Riverstone',
  'Pinecrest',
  'Blueberry Hill',
  'Wolf Lake',
  'Silver Creek',
  'Morning Sky',
  'Red Pine',
  'Granite Shore',
  'Spruce Grove',
  'Clear Water',
  'Moose Meadow',
  'Thunder Bay Road',
  'Sandy Point',
  'Maple Ridge',
  'Lakeshore',
  'Trout Creek',
  'Eagle Rock',
] as const;

export const ORG_KINDS = [
  { en: 'Women’s Centre', fr: 'Centre des femmes', indigenous: false, francophone: false },
  { en: 'Outreach Collective', fr: 'Collectif de proximité', indigenous: false, francophone: false },
  { en: 'Healing Lodge', fr: 'Pavillon de guérison', indigenous: true, francophone: false },
  { en: 'Family Services', fr: 'Services à la famille', indigenous: false, francophone: false },
  { en: 'Community Health Co-op', fr: 'Coop de santé communautaire', indigenous: false, francophone: false },
  { en: 'Centre de ressources', fr: 'Centre de ressources', indigenous: false, francophone: true },
  { en: 'Wellness Circle', fr: 'Cercle de mieux-être', indigenous: true, francophone: false },
  { en: 'Housing Co-operative', fr: 'Coopérative d’habitation', indigenous: false, francophone: false },
  { en: 'Support Network', fr: 'Réseau de soutien', indigenous: false, francophone: false },
] as const;

export const STREETS = [
  'Birch Street',
  'Main Street',
  'Algonquin Avenue',
  'Lakeshore Drive',
  'First Avenue',
  'Second Street',
  'Cedar Street',
  'Riverside Drive',
  'Church Street',
  'Queen Street',
  'Pine Street',
  'Third Avenue',
] as const;

// The French labels the search index reads whatever the reader's language, so that "travail du
// sexe", "autochtone" or "traite" finds what they name: taxonomy terms and who runs a service. Small,
// and in the first-visit bundle (the index is built before the French catalog loads); fr.ts
// includes them, so they are written once.
import type { MessageKey } from './en';

export const frIndexed = {
  'service.indigenousLed': 'Dirigé par des Autochtones',
  'service.livedExperience': 'Personnel ayant une expérience vécue',
  'taxonomy.approach.relational': 'Relationnelle',
  'taxonomy.approach.trauma-informed': 'Tenant compte des traumatismes et de la violence (décoloniale)',
  'taxonomy.approach.indigenous-centric': 'Centrée sur les Autochtones',
  'taxonomy.approach.harm-reduction': 'Réduction des méfaits',
  'taxonomy.approach.sex-work-informed': 'Tenant compte des réalités du travail du sexe',
  'taxonomy.approach.2slgbtq-friendly': 'Accueillante envers les personnes 2ELGBTQ+',
  'taxonomy.approach.feminist-intersectional': 'Féministe intersectionnelle',
  'taxonomy.approach.critical-anti-trafficking': 'Approche critique de la lutte contre la traite',
  'taxonomy.knowledge.indigenous': 'Savoirs autochtones',
  'taxonomy.knowledge.experiential-paid': 'Savoirs expérientiels (postes rémunérés)',
  'taxonomy.knowledge.culturally-sensitive-training': 'Formation de sensibilisation culturelle',
  'taxonomy.knowledge.decolonial-tvi-training':
    'Formation décoloniale tenant compte des traumatismes et de la violence',
  'taxonomy.knowledge.privacy-respecting-data':
    'Données et partage d’information respectueux de la vie privée',
  'taxonomy.program.case-worker': 'Personne intervenante attitrée',
  'taxonomy.program.indigenous-healing': 'Guérison et mieux-être autochtones',
  'taxonomy.program.mental-health-addictions': 'Santé mentale et dépendances',
  'taxonomy.program.peer-outreach': 'Intervention de proximité et soutien par les pairs',
  'taxonomy.program.safer-shelter': 'Hébergement plus sûr',
  'taxonomy.program.transitional-housing': 'Logement de transition',
  'taxonomy.program.long-term-housing': 'Logement abordable plus sûr à long terme',
  'taxonomy.program.children-back': 'Aide pour récupérer ses enfants',
  'taxonomy.program.aging-out-youth': 'Jeunes qui quittent la prise en charge',
  'taxonomy.program.children-witnessed-violence':
    'Enfants témoins de violence ou privés d’un parent en raison des FFADA2E',
  'taxonomy.sector.sexual-assault-centre': 'Centre d’aide aux victimes d’agression sexuelle',
  'taxonomy.sector.intimate-partner-violence': 'Violence entre partenaires intimes',
  'taxonomy.sector.counselling': 'Counselling et relation d’aide',
  'taxonomy.sector.health': 'Santé',
  'taxonomy.sector.victim-services': 'Services aux victimes',
  'taxonomy.sector.legal': 'Services juridiques',
  'taxonomy.sector.friendship-centre': 'Centre d’amitié autochtone',
  'taxonomy.sector.francophone': 'Services en français',
  'taxonomy.sector.crisis-line': 'Ligne de crise',
  'taxonomy.sector.travel-support': 'Soutien aux déplacements et au transport',
  'taxonomy.sector.labour-exploitation': 'Exploitation par le travail',
  'taxonomy.audience.families': 'Familles, y compris les familles choisies',
} satisfies Partial<Record<MessageKey, string>>;

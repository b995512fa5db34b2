// Catalogue français (fr-CA). Loaded on demand, outside the first-paint bundle.
import type { Catalog } from './en';

export const fr: Catalog = {
  'app.name': 'Cercle de soins',
  'app.skipToContent': 'Aller au contenu',
  'app.language.switch': 'English',
  'app.language.switchLabel': 'Show in English',

  'sample.banner.title': "Répertoire d'exemple",
  'sample.banner.body':
    "Ces organismes et numéros de téléphone sont fictifs, pour essayer l'application. Le vrai répertoire de votre réseau les remplace quand vous le joignez.",

  'db.opening': 'Ouverture du répertoire sur cet appareil…',
  'db.closedElsewhere':
    "L'application a été mise à jour ou effacée dans un autre onglet. Rechargez pour continuer.",
  'db.blocked': "Fermez les autres onglets de l'application pour terminer la mise à jour.",
  'db.failed':
    "Le stockage de cet appareil n'a pas pu être ouvert. Les lignes de crise fonctionnent toujours.",
  'db.reload': 'Recharger',

  'crisis.heading': "Lignes de crise et d'écoute",
  'crisis.verified': 'Numéros vérifiés le {date}.',
  'crisis.call': 'Appeler le {number}',
  'crisis.text': 'Texto au {number}',
  'crisis.textKeyword': 'Textez {keyword} au {number}',
  'crisis.allHours': 'Ouvert 24 h sur 24, 7 jours sur 7',
  'crisis.informationOnly': "Information et aiguillage, pas d'intervention de crise.",
  'crisis.note.emergency':
    'Le 911 ne joint pas toutes les Premières Nations éloignées : dans les communautés accessibles par avion, vérifiez le numéro de la police locale ou du poste de soins infirmiers.',
  'crisis.note.chat': 'Aussi par clavardage en ligne 24 h sur 24.',
  'crisis.note.languages': 'Langues : {languages}.',

  'directory.heading': 'Services',
  'directory.count': '{shown} sur {total}',
  'directory.showMore': 'Afficher plus',
  'directory.loading': 'Chargement des services…',
  'directory.empty': 'Aucun service sur cet appareil pour le moment.',
  'directory.sampleTag': 'Exemple',

  'availability.space': 'Place libre',
  'availability.full': 'Complet',
  'availability.waitlist': "Liste d'attente",
  'availability.unknown': 'Disponibilité inconnue',

  'tri.yes': 'Oui',
  'tri.no': 'Non',
  'tri.unknown': 'Inconnu',

  'condition.id_required': "Pièce d'identité exigée",
  'condition.sobriety_required': 'Sobriété exigée',
  'condition.referral_required': 'Recommandation exigée',
  'condition.must_identify_as_trafficked': 'Doit se déclarer victime de traite',
  'condition.police_report_required': 'Plainte à la police exigée',
  'condition.cost': 'Frais',
  'condition.waitlist': "Liste d'attente",

  'delivery.in_person': 'En personne',
  'delivery.phone': 'Téléphone',
  'delivery.text': 'Texto',
  'delivery.virtual': 'Virtuel',
  'delivery.outreach': 'Proximité',

  'language.en': 'Anglais',
  'language.fr': 'Français',
  'language.oj': 'Anishinaabemowin',
  'language.cr': 'Cri',
  'language.ojs': 'Oji-cri',

  'taxonomy.approach.relational': 'Relationnelle',
  'taxonomy.approach.trauma-informed': 'Tenant compte des traumatismes et de la violence (décoloniale)',
  'taxonomy.approach.indigenous-centric': 'Centrée sur les Autochtones',
  'taxonomy.approach.harm-reduction': 'Réduction des méfaits',
  'taxonomy.approach.sex-work-informed': 'Éclairée par le travail du sexe',
  'taxonomy.approach.2slgbtq-friendly': 'Accueillante envers les personnes 2ELGBTQ+',
  'taxonomy.approach.feminist-intersectional': 'Féministe intersectionnelle',
  'taxonomy.approach.critical-anti-trafficking': 'Lutte critique contre la traite',
  'taxonomy.knowledge.indigenous': 'Savoirs autochtones',
  'taxonomy.knowledge.experiential-paid': 'Savoirs expérientiels (rémunérés)',
  'taxonomy.knowledge.culturally-sensitive-training': 'Formation adaptée à la culture',
  'taxonomy.knowledge.decolonial-tvi-training':
    'Formation décoloniale tenant compte des traumatismes et de la violence',
  'taxonomy.knowledge.privacy-respecting-data':
    'Données et partage d’information respectueux de la vie privée',
  'taxonomy.program.case-worker': 'Intervenante attitrée',
  'taxonomy.program.indigenous-healing': 'Guérison et mieux-être autochtones',
  'taxonomy.program.mental-health-addictions': 'Santé mentale et dépendances',
  'taxonomy.program.peer-outreach': 'Proximité et soutien par les pairs',
  'taxonomy.program.safer-shelter': 'Hébergement plus sûr',
  'taxonomy.program.transitional-housing': 'Logement de transition',
  'taxonomy.program.long-term-housing': 'Logement abordable plus sûr à long terme',
  'taxonomy.program.children-back': 'Aide pour récupérer ses enfants',
  'taxonomy.program.aging-out-youth': 'Jeunes qui quittent la prise en charge',
  'taxonomy.program.children-witnessed-violence': 'Enfants témoins de violence ou laissés derrière',
  'taxonomy.sector.sexual-assault-centre': "Centre d'aide aux victimes d'agression sexuelle",
  'taxonomy.sector.intimate-partner-violence': 'Violence entre partenaires intimes',
  'taxonomy.sector.counselling': 'Counselling',
  'taxonomy.sector.health': 'Santé',
  'taxonomy.sector.victim-services': 'Services aux victimes',
  'taxonomy.sector.legal': 'Juridique',
  'taxonomy.sector.friendship-centre': "Centre d'amitié autochtone",
  'taxonomy.sector.francophone': 'Services en français',
  'taxonomy.sector.crisis-line': 'Ligne de crise',
  'taxonomy.sector.travel-support': 'Soutien aux déplacements et au transport',
};

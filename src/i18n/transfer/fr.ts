// Les mots de l'importation et de l'exportation (français du Canada).
import type { TransferCatalog } from './en';

export const transferFr: TransferCatalog = {
  'tr.title': 'Importer et exporter',
  'tr.intro':
    'Ajoutez des fiches à cet appareil à partir d’un fichier, ou enregistrez le répertoire ou une évaluation dans un fichier pour un autre appareil ou un autre outil. Rien n’est enregistré avant que vous ayez vu ce qui changerait.',
  'tr.import': 'Importer',
  'tr.importFolder': 'Importer un dossier',
  'tr.importHelp':
    'HSDS 3.0 en JSON (.json), le paquet de données CSV HSDS (.zip, ou ses fichiers .csv ou son dossier), ou un paquet Circle of Care.',
  'tr.phase.reading': 'Lecture du fichier…',
  'tr.phase.checking': 'Vérification de {done} fiches sur {total}…',
  'tr.phase.writing': 'Importation de {done} fiches sur {total}…',
  'tr.progress': 'Progression',
  'tr.preview': 'Ce que ferait cette importation',
  'tr.format.hsds-json': 'Fichier JSON HSDS',
  'tr.format.hsds-csv': 'Paquet de données CSV HSDS',
  'tr.format.bundle': 'Paquet Circle of Care',
  'tr.count.new': 'Nouveaux : {count}',
  'tr.count.changed': 'Modifiés : {count}',
  'tr.count.unchanged': 'Inchangés : {count}',
  'tr.count.invalid': 'Ne peuvent pas être importés : {count}',
  'tr.count.conflict': 'Modifiés ici depuis la création du fichier : {count}',
  'tr.skipped':
    '{count} autres objets du fichier (taxonomies, métadonnées) ont été lus et n’ajoutent rien ici.',
  'tr.list.new': 'Nouveaux',
  'tr.list.changed': 'Modifiés',
  'tr.list.invalid': 'Ne peuvent pas être importés',
  'tr.list.conflict': 'Modifiés sur cet appareil depuis la création du fichier',
  'tr.conflictHelp':
    'Cet appareil garde sa propre version de ces fiches, sauf si vous choisissez celle du fichier. Rien n’est remplacé sans votre choix.',
  'tr.takeFile': 'Prendre la version du fichier pour {name}',
  'tr.fields': 'Différences : {fields}',
  'tr.more': 'et {count} autres',
  'tr.entity.organization': 'Organisme',
  'tr.entity.service': 'Service',
  'tr.entity.location': 'Lieu',
  'tr.entity.assessment': 'Évaluation',
  'tr.entity.answer': 'Réponse',
  'tr.entity.action': 'Action',
  'tr.entity.summary': 'Sommaire',
  'tr.confirm': 'Importer {count} fiches',
  'tr.nothing': 'Rien à importer : l’appareil a déjà tout.',
  'tr.cancel': 'Annuler',
  'tr.done': '{count} fiches importées. Elles se synchronisent avec votre réseau comme toute modification.',
  'tr.again': 'Importer un autre fichier',
  'tr.error.empty': 'Le fichier est vide.',
  'tr.error.too-large': 'Le fichier est trop volumineux pour être importé.',
  'tr.error.not-text': 'Le fichier n’est pas du texte (UTF-8) : il ne peut pas être lu.',
  'tr.error.not-json': 'Le fichier n’est pas du JSON valide. Il a peut-être été tronqué pendant la copie.',
  'tr.error.not-hsds':
    'Le fichier ne contient aucun service, organisme ou lieu que cette application puisse lire.',
  'tr.error.zip':
    'Le fichier zip ne peut pas être ouvert sans risque : il est endommagé, tronqué, ou beaucoup plus gros une fois décompressé.',
  'tr.error.csv': 'Un tableau CSV ne peut pas être lu : un guillemet ou une ligne y pose problème.',
  'tr.error.bundle-foreign': 'Ce fichier n’est pas un paquet Circle of Care.',
  'tr.error.bundle-newer':
    'Ce paquet a été créé par une version plus récente de l’application. Mettez l’application à jour pour le lire.',
  'tr.error.bundle-corrupted': 'Ce paquet est endommagé (modifié ou tronqué) : rien n’a été importé.',
  'tr.error.mixed':
    'Choisissez un seul fichier JSON ou zip, ou les fichiers CSV d’un même paquet de données.',
  'tr.error.detail': 'Détail : {detail}',
  'tr.nothingWritten': 'Rien n’a été importé.',
  'tr.failed.storage-full':
    'L’appareil manque d’espace de stockage. Rien n’a été importé : libérez de l’espace et réessayez.',
  'tr.failed.other': 'L’importation n’a pas pu être enregistrée. Rien n’a été importé.',
  'tr.export': 'Exporter',
  'tr.exportHelp':
    'Les fichiers sont créés sur cet appareil et enregistrés où vous le choisissez; rien n’est envoyé nulle part. Les adresses confidentielles ne sortent jamais dans les fichiers HSDS; un paquet contient tout : gardez-le aussi privé que l’appareil.',
  'tr.export.hsds-json': 'Répertoire en JSON HSDS',
  'tr.export.hsds-csv': 'Répertoire en CSV HSDS (zip)',
  'tr.export.directory-bundle': 'Répertoire en paquet',
  'tr.export.assessment-bundle': 'Évaluation en paquet',
  'tr.assessment': 'Évaluation',
  'tr.exporting': 'Préparation du fichier…',
  'tr.exported': '{name} est prêt : {count} fiches.',
  'tr.exportFailed': 'Le fichier n’a pas pu être créé : {detail}',
};

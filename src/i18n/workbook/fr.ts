// Les mots de la Trousse de cartographie des services (fr-CA). Chargés avec le cahier.
import { briefFr } from './brief.fr';
import type { WorkbookCatalog } from './en';

export const workbookFr: WorkbookCatalog = {
  ...briefFr,
  'wb.title': 'Trousse de cartographie des services',
  'wb.intro':
    'Décrivez ce que votre organisme offre et comment, élément par élément, en autant de séances qu’il le faut. Tout s’enregistre pendant la saisie, sur cet appareil.',
  'wb.assessments': 'Vos évaluations',
  'wb.none': 'Aucune évaluation pour l’instant.',
  'wb.new': 'Nouvelle évaluation',
  'wb.agency': 'Organisme',
  'wb.assessedOn': 'En date du',
  'wb.titleField': 'Titre (facultatif)',
  'wb.create': 'Commencer l’évaluation',
  'wb.open': 'Ouvrir',
  'wb.resume': 'Reprendre là où vous étiez',
  'wb.progress': 'Réponses : {answered} sur {total}',
  'wb.back': 'Toutes les évaluations',

  'wb.section.approaches': 'Approches',
  'wb.section.knowledges': 'Savoirs',
  'wb.section.programming': 'Programmes',
  'wb.section.principles': 'Les 7 principes de collaboration',
  'wb.section.barriers': 'Obstacles à l’accès',
  'wb.prompt.approaches':
    'Comment les personnes que vous servez vivent-elles votre approche? Diraient-elles que vous les soutenez dans le changement qu’elles choisissent, plutôt que d’imposer votre expertise?',
  'wb.prompt.knowledges':
    'Quels savoirs façonnent vos programmes? Les savoirs autochtones et expérientiels sont-ils présents, et rémunérés?',
  'wb.prompt.programming':
    'Qu’offrez-vous, et chaque programme s’appuie-t-il sur les approches et les savoirs dont il a besoin? Cocher un programme ne suffit pas.',
  'wb.prompt.principles':
    'Pensez à votre dernier aiguillage ou dossier commun. Quels principes ont tenu, et lesquels ont cédé sous la pression?',
  'wb.prompt.barriers':
    'Imaginez une personne qui arrive à 2 h du matin, sans pièce d’identité, après un long trajet. Lesquels de ces obstacles la refouleraient?',

  'wb.item.principle.support-those-who-ask':
    'Soutenir les personnes qui demandent de l’aide; ne pas présumer savoir mieux qu’elles',
  'wb.item.principle.lived-experience-paid':
    'Des personnes ayant une expérience vécue (survivantes et survivants de la traite, leurs familles, travailleuses et travailleurs du sexe) dans le cercle de soins rémunéré',
  'wb.item.principle.holistic-harm-reduction':
    'Approches holistiques, sans jugement, tenant compte des traumatismes et de la violence; réduction des méfaits',
  'wb.item.principle.culturally-relevant':
    'Soutiens culturellement adaptés, fondés sur les savoirs autochtones et expérientiels',
  'wb.item.principle.open-communication':
    'Communication ouverte, protocoles d’aiguillage communs et suivi des données au sein du réseau de collaboration',
  'wb.item.principle.long-term-24-7':
    'Soutien 24 h sur 24, souple et adapté à chaque personne pendant plusieurs années',
  'wb.item.principle.relational': 'Soutien relationnel et holistique',
  'wb.item.barrier.sobriety': 'Exigences de sobriété',
  'wb.item.barrier.id': 'Exigences de pièces d’identité',
  'wb.item.barrier.waitlists': 'Listes d’attente',
  'wb.item.barrier.limited-access-periods': 'Périodes d’accès limitées',
  'wb.item.barrier.hours': 'Heures d’ouverture',
  'wb.item.barrier.language': 'Langue',
  'wb.item.barrier.distance-travel': 'Distance et déplacements',
  'wb.item.barrier.small-community-confidentiality': 'Confidentialité dans une petite communauté',
  'wb.item.barrier.identify-trafficked-or-police': 'Devoir se déclarer victime de la traite',
  'wb.item.barrier.involve-police': 'Devoir faire intervenir la police',
  'wb.item.barrier.racism': 'Racisme',
  'wb.item.barrier.stigma-shame': 'Stigmatisation et honte',
  'wb.item.barrier.no-cultural-supports':
    'Manque de soutiens culturels pour la clientèle autochtone et francophone',
  'wb.item.barrier.one-system-for-another':
    'Devoir passer par un système pour obtenir les soins d’un autre (par exemple, « se faire accuser » d’une infraction)',
  'wb.item.barrier.unsafe-shelters': 'Refuges peu sûrs ou utilisés pour le recrutement',
  'wb.item.barrier.sent-far-away': 'Se faire envoyer loin du soutien de sa famille et de sa communauté',

  'wb.rating': 'Cote',
  'wb.rating.not-yet': 'Pas encore',
  'wb.rating.developing': 'En développement',
  'wb.rating.in-place': 'En place',
  'wb.rating.strong': 'Solide',
  'wb.rating.not-applicable': 'Sans objet',
  'wb.barrierScale': 'Pour les obstacles : dans quelle mesure votre organisme les lève.',
  'wb.removal.not-yet': 'obstacle pas encore levé',
  'wb.removal.developing': 'obstacle en partie levé',
  'wb.removal.in-place': 'obstacle levé',
  'wb.removal.strong': 'obstacle bien levé',
  'wb.removal.not-applicable': 'sans objet',
  'wb.ratingLine': '{item} — {rating}',
  'wb.principleWasNa':
    'La réponse précédente était « Sans objet ». Un principe s’applique toujours : il est donc maintenant non évalué. Évaluez-le dès que possible.',
  'wb.noNamesHint':
    'Renseignements sur l’organisme seulement : jamais de noms ni de détails sur les personnes que vous servez.',
  'wb.evidence': 'Preuves',
  'wb.nextStep': 'Prochaine étape',
  'wb.makeAction': 'Ajouter au plan d’action',
  'wb.saving': 'Enregistrement…',
  'wb.saved': 'Enregistré sur cet appareil',
  'wb.saveFailed': 'Non enregistré : {reason} Ce que vous avez saisi est toujours là.',
  'wb.problem.storage-full':
    'cet appareil n’a plus d’espace de stockage. Libérez de l’espace; l’application réessaie d’elle-même.',
  'wb.problem.database-closed':
    'l’application a été mise à jour ou effacée dans un autre onglet. Rechargez cette page pour enregistrer.',
  'wb.problem.too-long': 'un texte est trop long. Raccourcissez-le pour l’enregistrer.',
  'wb.problem.invalid': 'un champ n’est pas valide. Corrigez-le pour l’enregistrer.',
  'wb.problem.failed': 'l’appareil n’a pas pu l’enregistrer. L’application réessaie d’elle-même.',
  'wb.counter': '{count} caractères sur {max}',
  'wb.tooLong':
    'Trop long de {over} caractères : raccourcissez-le pour l’enregistrer. Votre texte est conservé ici.',
  'wb.replacedElsewhere':
    'Une autre fenêtre avait modifié ce champ pendant votre saisie; votre texte l’a remplacé. Le sien était : « {text} ».',
  'wb.changedElsewhere':
    'Modifié dans une autre fenêtre pendant votre saisie : « {text} ». Le vôtre le remplacera.',

  'wb.integration': 'Vérification de l’intégration',
  'wb.integrationIntro':
    'La note : les approches, les savoirs et les programmes « doivent être intégrés ». Ses deux règles valent pour chaque programme. Les autres besoins de chaque programme sont une suggestion de l’application tant que votre organisme ne les modifie pas, sur la fiche du programme, sous Programmes.',
  'wb.integrationNone': 'Chaque programme offert s’appuie sur les approches et les savoirs dont il a besoin.',
  'wb.integrationByBrief': 'Règle de la note.',
  'wb.integrationBriefFlag':
    '{rule} L’élément « {need} » n’est pas en place, alors que la note le demande pour chaque programme : {count} programmes offerts en manquent.',
  'wb.briefRule.sex-work-informed': 'Les approches devraient tenir compte des réalités du travail du sexe.',
  'wb.briefRule.experiential-knowledges':
    'Les savoirs expérientiels ont leur place dans la conception et la prestation des programmes.',
  'wb.integrationBy.suggested': 'Suggestion de l’application.',
  'wb.integrationBy.agency': 'Choix de votre organisme.',
  'wb.integrationBy.none': 'Choix de votre organisme.',
  'wb.integrationFlag': '{program} est offert sans : {missing}.',

  'wb.programChoices': 'Mieux-être visé et besoins du programme',
  'wb.aspects': 'Aspects du mieux-être que soutient {program}',
  'wb.needs': 'Approches et savoirs nécessaires à {program}',
  'wb.briefNeeds': 'La note les demande pour chaque programme : {needs}.',
  'wb.from.suggested': 'Suggestion de l’application, et non de la note : modifiez-la selon votre programme.',
  'wb.from.agency': 'Choisi par votre organisme.',
  'wb.from.none': 'Rien de choisi pour l’instant : cochez ce qui s’applique.',
  'wb.useSuggestion': 'Revenir à la suggestion de l’application',

  'wb.own.intro':
    'Les listes de la note ne sont pas exhaustives : ajoutez ce que fait votre organisme et qui n’y figure pas.',
  'wb.own.add.approaches': 'Ajouter votre propre approche',
  'wb.own.add.knowledges': 'Ajouter votre propre savoir',
  'wb.own.add.programming': 'Ajouter votre propre programme',
  'wb.own.badge': 'Ajouté par votre organisme',
  'wb.own.name': 'Nom',
  'wb.own.unnamed': 'Élément sans nom',
  'wb.own.remove': 'Retirer {item}',
  'wb.own.removeTitle': 'Retirer {item}?',
  'wb.own.removeBody':
    'Sa cote, ses preuves et sa prochaine étape dans cette évaluation partent avec lui. Les évaluations antérieures gardent les leurs.',
  'wb.own.keep': 'Le garder',
  'wb.own.removeConfirm': 'Retirer',

  'wb.wheel': 'Roue de médecine',
  'wb.wheelIntro':
    'Les programmes offerts, selon l’aspect du mieux-être qu’ils soutiennent : physique, émotionnel, psychologique et spirituel, comme la note les nomme d’après la roue de médecine. Ce sont des aspects, non des directions : le lien entre les directions (est, sud, ouest, nord) et ces aspects varie d’une Nation à l’autre.',
  'wb.wheelCount': '{count} programmes',
  'wb.wheelAspect': 'Aspect du mieux-être',
  'wb.wheelPrograms': 'Programmes',
  'wb.wheelUntagged': 'Pas encore associés aux aspects qu’ils soutiennent : {programs}.',

  'wb.labelled': '{label} : {text}',
  'wb.change': '{movement} : {item} ({from} → {to})',

  'wb.actions': 'Plan d’action',
  'wb.actionsNone': 'Aucune action pour l’instant. Transformez une prochaine étape en action.',
  'wb.action.text': 'Action',
  'wb.action.owner': 'Responsable',
  'wb.action.due': 'Échéance',
  'wb.action.status': 'État',
  'wb.action.add': 'Ajouter une action',
  'wb.action.status.todo': 'À faire',
  'wb.action.status.doing': 'En cours',
  'wb.action.status.done': 'Terminé',
  'wb.action.overdue': 'En retard',

  'wb.compare': 'Comparer avec une autre évaluation',
  'wb.compareNone': 'Commencez une deuxième évaluation pour voir ce qui a changé.',
  'wb.compareWith': 'Évaluation antérieure',
  'wb.compareNothing': 'Aucun élément n’a changé.',
  'wb.movement.up': 'En hausse',
  'wb.movement.down': 'En baisse',
  'wb.movement.same': 'Modifié',
  'wb.movement.newly-rated': 'Nouvellement évalué',
  'wb.movement.no-longer-rated': 'Plus évalué',
  'wb.notRated': 'Non évalué',

  'wb.report': 'Rapport et exportation',
  'wb.print': 'Imprimer ou enregistrer en PDF',
  'wb.exportJson': 'Exporter en JSON',
  'wb.exportCsv': 'Exporter en CSV',
  'wb.summary': 'Sommaire à partager',
  'wb.summaryHelp':
    'Cotes, programmes et progression seulement, jamais vos preuves, prochaines étapes ou actions.',
  'wb.exportSummary': 'Exporter le sommaire',
  'wb.share': 'Partager avec le réseau',
  'wb.shareAgain': 'Partager de nouveau (remplace ce qui a été partagé)',
  'wb.stopSharing': 'Cesser de partager',
  'wb.sharedOn':
    'Partagé avec le réseau le {date}. Il parvient à chaque appareil à sa prochaine synchronisation.',
  'wb.notShared': 'Non partagé avec le réseau.',
  'wb.shareNeedsNetwork':
    'Pour le partager, cet appareil doit appartenir à un réseau par l’entremise d’un organisme (voir Réglages).',
  'wb.shareFailed': 'Impossible d’enregistrer. Réessayez.',
};

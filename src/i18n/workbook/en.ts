// The Service Mapping Toolkit's words (English, the reference). Loaded with the workbook, never on
// first paint; fr.ts must have the same keys. What comes from the brief is in brief.en.ts.
import { briefEn } from './brief.en';

export const workbookEn = {
  ...briefEn,
  'wb.title': 'Service Mapping Toolkit',
  'wb.intro':
    'Map what your agency offers and how, item by item, over as many sittings as you need. Everything saves as you type, on this device.',
  'wb.assessments': 'Your assessments',
  'wb.none': 'No assessment yet.',
  'wb.new': 'New assessment',
  'wb.agency': 'Agency',
  'wb.assessedOn': 'As of',
  'wb.titleField': 'Title (optional)',
  'wb.create': 'Start assessment',
  'wb.open': 'Open',
  'wb.resume': 'Resume where you left off',
  'wb.progress': '{answered} of {total} answered',
  'wb.back': 'All assessments',

  'wb.section.approaches': 'Approaches',
  'wb.section.knowledges': 'Knowledges',
  'wb.section.programming': 'Programming',
  'wb.section.principles': 'The 7 Principles for Collaboration',
  'wb.section.barriers': 'Access barriers',
  'wb.prompt.approaches':
    'How do the people you serve experience your approach? Would they say you act as an ally in the change they choose, rather than as the expert?',
  'wb.prompt.knowledges':
    'Whose knowledge shapes your programs? Are Indigenous and lived-experience knowledges in the room, and paid?',
  'wb.prompt.programming':
    'What do you offer, and does each program carry the approaches and knowledges it needs? Ticking a program is not enough.',
  'wb.prompt.principles':
    'Think of your last referral or joint case. Which of these principles held, and which gave way under pressure?',
  'wb.prompt.barriers':
    'Picture someone arriving at 2 a.m., without ID, after a long trip. Which of these would turn them away?',

  'wb.item.principle.support-those-who-ask': 'Support those who ask; don’t assume to know better',
  'wb.item.principle.lived-experience-paid':
    'People with lived experience (trafficking survivors, their families, sex workers) in the paid circle of care',
  'wb.item.principle.holistic-harm-reduction':
    'Holistic, non-judgmental, trauma- and violence-informed, harm reduction',
  'wb.item.principle.culturally-relevant':
    'Culturally relevant supports drawing on Indigenous and experiential knowledges',
  'wb.item.principle.open-communication':
    'Open communication, common referral protocols and tracking of data within the collaborative network',
  'wb.item.principle.long-term-24-7': '24/7, flexible, individually tailored support for several years',
  'wb.item.principle.relational': 'Relational and holistic support',
  'wb.item.barrier.sobriety': 'Sobriety rules',
  'wb.item.barrier.id': 'ID requirements',
  'wb.item.barrier.waitlists': 'Waitlists',
  'wb.item.barrier.limited-access-periods': 'Limited access periods',
  'wb.item.barrier.hours': 'Hours',
  'wb.item.barrier.language': 'Language',
  'wb.item.barrier.distance-travel': 'Distance and travel',
  'wb.item.barrier.small-community-confidentiality': 'Confidentiality in a small community',
  'wb.item.barrier.identify-trafficked-or-police': 'Having to identify as trafficked',
  'wb.item.barrier.involve-police': 'Having to involve police',
  'wb.item.barrier.racism': 'Racism',
  'wb.item.barrier.stigma-shame': 'Stigma and shame',
  'wb.item.barrier.no-cultural-supports': 'Lack of cultural supports for Indigenous and francophone clients',
  'wb.item.barrier.one-system-for-another':
    'Having to enter one system to reach another’s care (for example, “catching a charge”)',
  'wb.item.barrier.unsafe-shelters': 'Shelters that are unsafe or used for recruitment',
  'wb.item.barrier.sent-far-away': 'Being sent far from family and community supports',

  'wb.rating': 'Rating',
  'wb.rating.not-yet': 'Not yet',
  'wb.rating.developing': 'Developing',
  'wb.rating.in-place': 'In place',
  'wb.rating.strong': 'Strong',
  'wb.rating.not-applicable': 'Not applicable',
  'wb.barrierScale': 'For barriers: how well your agency removes it.',
  'wb.removal.not-yet': 'not yet removed',
  'wb.removal.developing': 'partly removed',
  'wb.removal.in-place': 'removed',
  'wb.removal.strong': 'removed well',
  'wb.removal.not-applicable': 'not applicable',
  'wb.ratingLine': '{item} — {rating}',
  'wb.principleWasNa':
    'This was answered “Not applicable” before. A principle always applies, so it now shows as not rated: rate it when you can.',
  'wb.noNamesHint': 'Agency information only: never names or details of the people you serve.',
  'wb.evidence': 'Evidence',
  'wb.nextStep': 'Next step',
  'wb.makeAction': 'Add to action plan',
  'wb.saving': 'Saving…',
  'wb.saved': 'Saved on this device',
  'wb.saveFailed': 'Not saved: {reason} What you typed is still here.',
  'wb.problem.storage-full':
    'this device is out of storage space. Free some space; it tries again by itself.',
  'wb.problem.database-closed': 'the app was updated or wiped in another tab. Reload this page to save.',
  'wb.problem.too-long': 'a text is too long. Shorten it to save it.',
  'wb.problem.invalid': 'a field is not valid. Correct it to save it.',
  'wb.problem.failed': 'the device could not save it. It tries again by itself.',
  'wb.counter': '{count} of {max} characters',
  'wb.tooLong': 'Too long by {over} characters: shorten it to save it. Your text is kept here.',
  'wb.replacedElsewhere':
    'Another window had changed this field while you typed; your text was saved over it. Theirs was: “{text}”.',
  'wb.changedElsewhere': 'Changed in another window while you typed: “{text}”. Yours will be saved over it.',

  'wb.integration': 'Integration check',
  'wb.integrationIntro':
    'The brief: approaches, knowledges and programs “must be integrated together”. Its two rules hold for every program. What else each program needs is this app’s suggestion until your agency changes it, on the program’s card under Programming.',
  'wb.integrationNone': 'Every program you offer is carried by the approaches and knowledges it needs.',
  'wb.integrationByBrief': 'The brief’s rule.',
  'wb.integrationBriefFlag':
    '{rule} {need} is not in place, and the brief asks it of every program: {count} programs you offer lack it.',
  'wb.briefRule.sex-work-informed': 'Approaches should be sex work-informed.',
  'wb.briefRule.experiential-knowledges':
    'Experiential knowledges belong in the design and delivery of programming.',
  'wb.integrationBy.suggested': 'This app’s suggestion.',
  'wb.integrationBy.agency': 'Your agency’s choice.',
  'wb.integrationBy.none': 'Your agency’s choice.',
  'wb.integrationFlag': '{program} is offered without: {missing}.',

  'wb.programChoices': 'Well-being it serves, and what it needs',
  'wb.aspects': 'Aspects of well-being that {program} serves',
  'wb.needs': 'Approaches and knowledges that {program} needs',
  'wb.briefNeeds': 'The brief asks these of every program: {needs}.',
  'wb.from.suggested': 'Suggested by this app, not by the brief: change it to fit your program.',
  'wb.from.agency': 'Chosen by your agency.',
  'wb.from.none': 'Nothing chosen yet: tick what applies.',
  'wb.useSuggestion': 'Go back to the app’s suggestion',

  'wb.own.intro': 'The brief’s lists are not exhaustive: add what your agency does that is not here.',
  'wb.own.add.approaches': 'Add your own approach',
  'wb.own.add.knowledges': 'Add your own knowledge',
  'wb.own.add.programming': 'Add your own program',
  'wb.own.badge': 'Added by your agency',
  'wb.own.name': 'Name',
  'wb.own.unnamed': 'Unnamed item',
  'wb.own.remove': 'Remove {item}',
  'wb.own.removeTitle': 'Remove {item}?',
  'wb.own.removeBody':
    'Its rating, evidence and next step in this assessment go with it. Earlier assessments keep theirs.',
  'wb.own.keep': 'Keep it',
  'wb.own.removeConfirm': 'Remove',

  'wb.wheel': 'Medicine wheel',
  'wb.wheelIntro':
    'Programs you offer, by the aspect of well-being they serve: physical, emotional, psychological and spiritual, as the brief names them after the medicine wheel. These are aspects, not directions: how the directions (East, South, West, North) relate to them differs from Nation to Nation.',
  'wb.wheelCount': '{count} programs',
  'wb.wheelAspect': 'Aspect of well-being',
  'wb.wheelPrograms': 'Programs',
  'wb.wheelUntagged': 'Not yet tagged with the aspects they serve: {programs}.',

  'wb.labelled': '{label}: {text}',
  'wb.change': '{movement}: {item} ({from} → {to})',

  'wb.actions': 'Action plan',
  'wb.actionsNone': 'No actions yet. Turn a next step into an action.',
  'wb.action.text': 'Action',
  'wb.action.owner': 'Owner',
  'wb.action.due': 'Due',
  'wb.action.status': 'Status',
  'wb.action.add': 'Add action',
  'wb.action.status.todo': 'To do',
  'wb.action.status.doing': 'In progress',
  'wb.action.status.done': 'Done',
  'wb.action.overdue': 'Overdue',

  'wb.compare': 'Compare with another assessment',
  'wb.compareNone': 'Start a second assessment to see what moved.',
  'wb.compareWith': 'Earlier assessment',
  'wb.compareNothing': 'No item moved.',
  'wb.movement.up': 'Up',
  'wb.movement.down': 'Down',
  'wb.movement.same': 'Changed',
  'wb.movement.newly-rated': 'Newly rated',
  'wb.movement.no-longer-rated': 'No longer rated',
  'wb.notRated': 'Not rated',

  'wb.report': 'Report and export',
  'wb.print': 'Print or save as PDF',
  'wb.exportJson': 'Export JSON',
  'wb.exportCsv': 'Export CSV',
  'wb.summary': 'Shareable summary',
  'wb.summaryHelp': 'Ratings, programs and progress only, never your evidence, next steps or actions.',
  'wb.exportSummary': 'Export summary',
  'wb.share': 'Share with the network',
  'wb.shareAgain': 'Share again (replaces what was shared)',
  'wb.stopSharing': 'Stop sharing',
  'wb.sharedOn': 'Shared with the network on {date}. It reaches every device at their next sync.',
  'wb.notShared': 'Not shared with the network.',
  'wb.shareNeedsNetwork':
    'To share it, this device must belong to a network through an agency (see Settings).',
  'wb.shareFailed': 'This could not be saved. Try again.',
} as const;

export type WorkbookKey = keyof typeof workbookEn;
export type WorkbookCatalog = Record<WorkbookKey, string>;

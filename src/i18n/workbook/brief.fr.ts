// Les mots de la trousse tirés de la note d'orientation nº 1 du NORAHT (2020) : le sens de chaque
// élément, le glossaire de sa première note, sa source et ses autres ressources (fr-CA).
import type { BriefKey } from './brief.en';

export const briefFr: Record<BriefKey, string> = {
  'wb.subtitle':
    'Adaptée pour cette application à partir de la note d’orientation nº 1 du NORAHT (2020). Les éléments viennent de la note; l’échelle d’évaluation, les questions de réflexion, les règles d’intégration et le lien avec les aspects du mieux-être ont été rédigés pour cette application.',
  'wb.about': 'À propos de cette trousse',
  'wb.aboutBack': 'Retour à la trousse',
  'wb.about.sourceTitle': 'La source de ces mots',
  'wb.about.source':
    'Les sections et les éléments viennent de « Violence, Exploitation and Abuse in the Sex Industry : Strategies for Service Provider Collaboration » (Violence, exploitation et abus dans l’industrie du sexe : stratégies de collaboration entre fournisseurs de services), note d’orientation nº 1 de l’Alliance de recherche sur la traite des personnes du Nord-Est de l’Ontario (NORAHT), 2020. Elle s’appuie sur la recherche communautaire du NORAHT (2013-2020) dans huit communautés du Nord-Est de l’Ontario, avec des personnes ayant une expérience vécue et des fournisseurs de services.',
  'wb.about.adapted':
    'Ce cahier est une adaptation, et non la trousse du NORAHT elle-même. L’échelle d’évaluation, les questions de réflexion, les règles d’intégration (les approches et les savoirs dont chaque programme a besoin) et le lien entre les programmes et les quatre aspects du mieux-être ont été rédigés pour cette application. La note précise que ses listes ne sont pas exhaustives.',
  'wb.about.citationTitle': 'Citation recommandée',
  'wb.about.citation':
    'Nagy, Rosemary, Gina Snooks, Brenda Quenneville, Lanyan Chen, Sydnee Wiggins, Donna Debassige, Kathleen Jodouin et Rebecca Timms. « Violence, Exploitation and Abuse in the Sex Industry : Strategies for Service Provider Collaboration », Policy Brief No. 1, Northeastern Ontario Research Alliance on Human Trafficking, 2020.',
  'wb.about.condensed':
    'La note est une version abrégée de Nagy et coll. (2020), « Human Trafficking in Northeastern Ontario : Collaborative Responses », First Peoples Child & Family Review, 15(1), 80-104.',
  'wb.about.resourcesTitle': 'Autres ressources du NORAHT',
  'wb.about.resourcesNote': 'Telles que la note les énumère. Les ressources sont en anglais.',
  'wb.res.website': 'Site Web',
  'wb.res.websiteText':
    'Alliance de recherche sur la traite des personnes du Nord-Est de l’Ontario (NORAHT) :',
  'wb.res.webinars': 'Webinaires',
  'wb.res.webinar1':
    'Quenneville, Brenda et Gina Snooks. « Intersectional Trauma-Informed Approaches to Human Trafficking in Northeastern Ontario. » Centre for Research & Education on Violence Against Women & Children, Learning Network. Webinaire, 2019.',
  'wb.res.webinar2':
    'Nagy, Rosemary et Kathleen Jodouin. « Strategies for Service Provider Collaboration. » NORAHT. Webinaire, 2020.',
  'wb.res.webinar3':
    'Jodouin, Kathleen. « Safer Places : Harm Reduction Strategies to Address Human Trafficking. » NORAHT. Webinaire, 2020.',
  'wb.res.toolkits': 'Trousses',
  'wb.res.toolkit1':
    '« Trauma and Violence Informed Approaches to Human Trafficking : A Critical Reflection Workbook for Service Providers. » North Bay : NORAHT, 2020.',
  'wb.res.toolkit2': '« Service Mapping Toolkit. » North Bay : NORAHT, 2020.',
  'wb.res.briefs': 'Notes d’orientation',
  'wb.res.brief1':
    '« Violence, Exploitation and Abuse in the Sex Trade : Strategies for Service Provider Collaboration », Policy Brief No. 1, NORAHT, 2020.',
  'wb.res.brief2':
    '« Trauma and Violence Informed Approaches to Service Provision », Policy Brief No. 2, NORAHT, 2020.',
  'wb.res.brief3':
    '« Decolonize Our Actions! Providing Services to Indigenous Persons involved in the Sex Industry », Policy Brief No. 3, NORAHT, 2020.',
  'wb.res.brief4':
    '« Safer Spaces : Harm Reduction Strategies to Address Human Trafficking », Policy Brief No. 4, NORAHT, 2020.',

  'wb.glossary': 'Glossaire',
  'wb.glossaryIntro': 'Les termes mêmes de la note, tirés de sa première note de bas de page.',
  'wb.glossaryLinks': 'Dans le glossaire :',
  'wb.glossaryLink': 'Glossaire : {term}',
  'wb.term.sex-work': 'Travail du sexe',
  'wb.def.sex-work':
    '« Travail du sexe » exprime une prise de position explicite : il désigne un métier dont les travailleuses et travailleurs ont le droit de gagner leur vie et de jouir des droits de la personne. Les personnes de l’industrie du sexe ne se considèrent pas toutes comme des « travailleuses » ou des « travailleurs ».',
  'wb.term.sex-industry': 'Industrie du sexe',
  'wb.def.sex-industry':
    'Les échanges sexuels à caractère commercial ou de survie, qu’ils soient forcés, volontaires ou entre les deux. La note emploie ce terme plus large parce que les personnes qui s’y trouvent ne se considèrent pas toutes comme des travailleuses ou des travailleurs.',
  'wb.term.human-trafficking': 'Traite des personnes',
  'wb.def.human-trafficking':
    'Une forme d’exploitation ou d’abus qui peut survenir dans l’industrie du sexe. Elle suppose la coercition, la force, la tromperie ou la perte de contrôle.',
  'wb.term.distinct': 'Le travail du sexe et la traite sont distincts',
  'wb.def.distinct':
    'La note soutient qu’il existe une distinction claire entre le travail du sexe et la traite des personnes, et que les personnes qui font du travail du sexe peuvent aussi vivre de la violence, de l’exploitation et des abus. Personne ne devrait avoir à faire entrer son vécu dans une liste de critères de la traite pour obtenir de l’aide : les soutiens sont pour tout le monde, peu importe comment chaque personne nomme son expérience.',

  'wb.whatThisMeans': 'Ce que cela veut dire',

  'wb.desc.approach.relational':
    'Bâtir des relations positives qui remplacent les relations négatives. Les fournisseurs de services agissent comme alliés dans le changement que la personne choisit elle-même, plutôt que d’imposer des solutions « d’experts ».',
  'wb.desc.approach.trauma-informed':
    'Une approche relationnelle qui s’attaque aux causes profondes de la violence : les oppressions et les exploitations imposées par la colonisation, le racisme institutionnalisé et l’hétéropatriarcat. Décoloniale, elle respecte l’autonomie et l’autodétermination de chaque personne.',
  'wb.desc.approach.indigenous-centric':
    'Des réponses ancrées dans la culture autochtone, lorsque c’est approprié, et décoloniales, comme le recommande la note. Elles respectent l’autonomie et l’autodétermination plutôt que de présumer savoir ce qui est le mieux pour la clientèle.',
  'wb.desc.approach.harm-reduction':
    'L’une des approches que recommande la note pour que les services respectent l’autonomie et l’autodétermination des personnes, plutôt que de présumer savoir ce qui est le mieux pour elles. La note d’orientation nº 4 du NORAHT porte sur les stratégies de réduction des méfaits.',
  'wb.desc.approach.sex-work-informed':
    'Tient compte des réalités du travail du sexe, afin d’éviter les pratiques de lutte contre la traite qui nuisent aux travailleuses et travailleurs du sexe par le harcèlement, la surveillance et la stigmatisation.',
  'wb.desc.approach.2slgbtq-friendly':
    'Accueillante envers les personnes bispirituelles, lesbiennes, gaies, bisexuelles, trans, queers et les autres personnes de la diversité sexuelle et de genre. La note la nomme parmi les autres approches pertinentes.',
  'wb.desc.approach.feminist-intersectional':
    'Voir la violence dans l’industrie du sexe comme née de l’intersection de facteurs structurels (colonialisme, pauvreté, racisme) et de circonstances personnelles (protection de l’enfance, dépendances, itinérance), et lutter contre la violence et la marginalisation racisées et fondées sur le genre.',
  'wb.desc.approach.critical-anti-trafficking':
    'Reconnaît la distinction entre le travail du sexe et la traite des personnes tout en assurant des services à quiconque cherche du soutien, peu importe comment la personne définit son expérience. Elle rejette les récits de « sauvetage » et lutte contre la violence et la marginalisation dans l’ensemble de l’industrie du sexe.',

  'wb.desc.knowledge.indigenous':
    'Les savoirs autochtones sont essentiels pour concevoir le mieux-être physique, mental, psychologique, spirituel et social, non pas isolément, mais dans un environnement structurel favorable.',
  'wb.desc.knowledge.experiential-paid':
    'Les savoirs des personnes ayant une expérience vécue (survivantes et survivants de la traite, travailleuses et travailleurs du sexe, membres de la famille), intégrés à la conception et à la prestation de vos programmes, en tant que personnel rémunéré.',
  'wb.desc.knowledge.culturally-sensitive-training':
    'Une formation que recommande la note pour que le personnel puisse offrir des soutiens culturellement adaptés. Les participantes et participants ont nommé le manque de soutiens culturels pour la clientèle autochtone et francophone comme un obstacle.',
  'wb.desc.knowledge.decolonial-tvi-training':
    'Une formation aux approches décoloniales tenant compte des traumatismes et de la violence, qui s’attaquent aux causes profondes de la violence : la colonisation, le racisme institutionnalisé et l’hétéropatriarcat.',
  'wb.desc.knowledge.privacy-respecting-data':
    'Recueillir des données pour la recherche et échanger de l’information au sein du réseau de collaboration d’une manière qui respecte la vie privée et la confidentialité. Les participantes et participants ont relevé un manque de recherche et de données dans la région.',

  'wb.desc.program.case-worker':
    'Une personne intervenante attitrée, pour que la clientèle n’ait pas à répéter des récits traumatisants.',
  'wb.desc.program.indigenous-healing':
    'La guérison et le mieux-être autochtones, l’une des priorités de programmation de la note. Les participantes et participants ont relevé un manque de ressources propres aux Autochtones dans la région.',
  'wb.desc.program.mental-health-addictions':
    'Des soutiens en santé mentale et en dépendances, une priorité de programmation. La note rapporte que certaines personnes ont dû « se faire accuser » d’une infraction pour y avoir accès.',
  'wb.desc.program.peer-outreach':
    'L’intervention de proximité et le soutien par les pairs, une priorité de programmation, auxquels des personnes ayant une expérience vécue participent en tant que personnel rémunéré.',
  'wb.desc.program.safer-shelter':
    'Un hébergement plus sûr, une priorité de programmation. Les refuges ont souvent de longues listes d’attente, sont pleins ou débordés, et peuvent ne pas convenir aux personnes victimes de la traite parce qu’ils exigent la sobriété ou une pièce d’identité.',
  'wb.desc.program.transitional-housing':
    'Les participantes et participants ont constaté un manque particulièrement grave de logements et de soutiens de transition dans le Nord-Est de l’Ontario. La note réclame plus de financement pour les soutiens communautaires, dont le logement de transition.',
  'wb.desc.program.long-term-housing':
    'Un logement abordable, plus sûr et à long terme, qui manque dans le Nord-Est de l’Ontario. La note réclame plus de financement à cette fin.',
  'wb.desc.program.children-back':
    'Des soutiens pour aider les femmes à récupérer leurs enfants, que la note juge importants.',
  'wb.desc.program.aging-out-youth':
    'Des soutiens pour les jeunes qui quittent la prise en charge en raison de leur âge, que la note juge importants.',
  'wb.desc.program.children-witnessed-violence':
    'Des soutiens pour les enfants qui ont été témoins de violence ou qui sont privés d’un parent en raison des FFADA2E (femmes, filles et personnes bispirituelles autochtones disparues et assassinées).',

  'wb.desc.principle.support-those-who-ask':
    'Se concentrer sur le soutien aux personnes qui ont subi des torts et de la violence et qui demandent de l’aide. Ne pas présumer savoir mieux que les personnes victimes de la traite quels sont leurs besoins particuliers à un moment donné.',
  'wb.desc.principle.lived-experience-paid':
    'Faire participer les personnes ayant une expérience vécue (survivantes et survivants de la traite, leurs familles, travailleuses et travailleurs du sexe) au cercle de soins rémunéré : à la conception, à la gestion et à l’évaluation des programmes, ainsi qu’à l’intervention de proximité dans la communauté et au soutien par les pairs.',
  'wb.desc.principle.holistic-harm-reduction':
    'Employer des approches holistiques, sans jugement, tenant compte des traumatismes et de la violence, ainsi que la réduction des méfaits.',
  'wb.desc.principle.culturally-relevant':
    'Offrir des soutiens culturellement adaptés qui s’appuient sur les savoirs autochtones et expérientiels.',
  'wb.desc.principle.open-communication':
    'Maintenir une communication ouverte, des protocoles d’aiguillage communs et le suivi des données au sein du réseau de collaboration.',
  'wb.desc.principle.long-term-24-7':
    'S’engager à offrir un soutien 24 h sur 24, 7 jours sur 7, souple et adapté à chaque personne victime de la traite, pendant plusieurs années.',
  'wb.desc.principle.relational':
    'Offrir un soutien relationnel et holistique. Bâtir des relations saines au sein des familles et des communautés, et entre les fournisseurs de services et les personnes qu’ils servent, est essentiel au soutien et à la guérison.',

  'wb.desc.barrier.sobriety':
    'Les refuges peuvent ne pas convenir aux personnes victimes de la traite parce qu’ils exigent la sobriété.',
  'wb.desc.barrier.id':
    'Exiger une vérification d’identité exclut des personnes : les trafiquants confisquent souvent les pièces d’identité.',
  'wb.desc.barrier.waitlists':
    'De longues listes d’attente pour les services; les refuges sont souvent pleins ou débordés.',
  'wb.desc.barrier.limited-access-periods': 'Des services accessibles seulement pendant une période limitée.',
  'wb.desc.barrier.hours':
    'Un soutien qui n’est pas là quand on en a besoin; la note demande un soutien souple, 24 h sur 24, 7 jours sur 7.',
  'wb.desc.barrier.language':
    'Recevoir des services dans sa langue, comme le français ou une langue autochtone, fait partie des soutiens culturels qui manquent, selon les participantes et participants, à la clientèle autochtone et francophone.',
  'wb.desc.barrier.distance-travel':
    'D’immenses territoires, dont des communautés éloignées, que des organismes aux ressources insuffisantes sont censés desservir.',
  'wb.desc.barrier.small-community-confidentiality':
    'Dans les petites communautés, « tout le monde sait ce qui se passe », ce qui rend les gens réticents à se confier ou à demander de l’aide.',
  'wb.desc.barrier.identify-trafficked-or-police':
    'Devoir faire entrer son histoire dans une liste de critères de la traite pour obtenir des services. La note demande des soutiens pour tout le monde, peu importe comment la personne définit son expérience.',
  'wb.desc.barrier.involve-police':
    'Devoir s’adresser à la police, ou accepter son intervention, avant d’obtenir de l’aide. La note demande que chaque personne choisisse son propre parcours.',
  'wb.desc.barrier.racism':
    'Le racisme, nommé par les participantes et participants comme un obstacle aux services. La note rattache la violence à des causes profondes, dont la colonisation et le racisme institutionnalisé.',
  'wb.desc.barrier.stigma-shame':
    'La stigmatisation et la honte empêchent les gens de demander de l’aide. Les pratiques de lutte contre la traite peuvent aussi stigmatiser les travailleuses et travailleurs du sexe.',
  'wb.desc.barrier.no-cultural-supports':
    'Un manque de soutiens culturels pour la clientèle autochtone et francophone, et de ressources propres aux Autochtones.',
  'wb.desc.barrier.one-system-for-another':
    'Devoir passer par un système pour obtenir les soins d’un autre, par exemple devoir « se faire accuser » d’une infraction pour avoir accès aux soutiens en santé mentale et en dépendances.',
  'wb.desc.barrier.unsafe-shelters':
    'Des refuges qui ne sont pas sûrs : selon les participantes et participants, des refuges peuvent servir de lieux de recrutement pour la traite, et dans les petites communautés, « tout le monde sait où est la maison d’hébergement ».',
  'wb.desc.barrier.sent-far-away':
    'Se faire mettre dans un autobus vers le « Sud », loin du soutien de sa famille et de sa communauté.',
};

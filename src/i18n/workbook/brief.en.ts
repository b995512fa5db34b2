// The toolkit's words drawn from NORAHT Policy Brief No. 1 (2020): what each item means, the
// glossary of its first footnote, its source and further resources. Paraphrased from the brief's own
// text, never invented; brief.fr.ts has the same keys.
export const briefEn = {
  'wb.subtitle':
    'Adapted for this app from NORAHT Policy Brief No. 1 (2020). The items come from the brief; the rating scale, prompts, integration rules and well-being mapping were written for this app.',
  'wb.about': 'About this toolkit',
  'wb.aboutBack': 'Back to the toolkit',
  'wb.about.sourceTitle': 'Whose words these are',
  'wb.about.source':
    'The sections and items come from “Violence, Exploitation and Abuse in the Sex Industry: Strategies for Service Provider Collaboration”, Policy Brief No. 1 of the Northeastern Ontario Research Alliance on Human Trafficking (NORAHT), 2020. It draws on NORAHT’s community-based research (2013–2020) in eight northeastern Ontario communities, with persons with lived experience and service providers.',
  'wb.about.adapted':
    'This workbook is an adaptation, not NORAHT’s toolkit itself. The rating scale, the prompts, the integration rules (which approaches and knowledges each program needs) and the mapping of programs to the four aspects of well-being were written for this app. The brief notes that its lists are not exhaustive.',
  'wb.about.citationTitle': 'Recommended citation',
  'wb.about.citation':
    'Nagy, Rosemary, Gina Snooks, Brenda Quenneville, Lanyan Chen, Sydnee Wiggins, Donna Debassige, Kathleen Jodouin, and Rebecca Timms. “Violence, Exploitation and Abuse in the Sex Industry: Strategies for Service Provider Collaboration,” Policy Brief No. 1, Northeastern Ontario Research Alliance on Human Trafficking, 2020.',
  'wb.about.condensed':
    'The brief is a condensed version of Nagy et al. (2020), “Human Trafficking in Northeastern Ontario: Collaborative Responses,” First Peoples Child & Family Review, 15(1), 80–104.',
  'wb.about.resourcesTitle': 'Further NORAHT resources',
  'wb.about.resourcesNote': 'As the brief lists them. The resources are in English.',
  'wb.res.website': 'Website',
  'wb.res.websiteText': 'Northeastern Ontario Research Alliance on Human Trafficking (NORAHT):',
  'wb.res.webinars': 'Webinars',
  'wb.res.webinar1':
    'Quenneville, Brenda and Gina Snooks. “Intersectional Trauma-Informed Approaches to Human Trafficking in Northeastern Ontario.” Centre for Research & Education on Violence Against Women & Children, Learning Network. Webinar, 2019.',
  'wb.res.webinar2':
    'Nagy, Rosemary and Kathleen Jodouin. “Strategies for Service Provider Collaboration.” NORAHT. Webinar, 2020.',
  'wb.res.webinar3':
    'Jodouin, Kathleen. “Safer Places: Harm Reduction Strategies to Address Human Trafficking.” NORAHT. Webinar, 2020.',
  'wb.res.toolkits': 'Toolkits',
  'wb.res.toolkit1':
    '“Trauma and Violence Informed Approaches to Human Trafficking: A Critical Reflection Workbook for Service Providers.” North Bay: NORAHT, 2020.',
  'wb.res.toolkit2': '“Service Mapping Toolkit.” North Bay: NORAHT, 2020.',
  'wb.res.briefs': 'Policy briefs',
  'wb.res.brief1':
    '“Violence, Exploitation and Abuse in the Sex Trade: Strategies for Service Provider Collaboration,” Policy Brief No. 1, NORAHT, 2020.',
  'wb.res.brief2':
    '“Trauma and Violence Informed Approaches to Service Provision,” Policy Brief No. 2, NORAHT, 2020.',
  'wb.res.brief3':
    '“Decolonize Our Actions! Providing Services to Indigenous Persons involved in the Sex Industry,” Policy Brief No. 3, NORAHT, 2020.',
  'wb.res.brief4':
    '“Safer Spaces: Harm Reduction Strategies to Address Human Trafficking,” Policy Brief No. 4, NORAHT, 2020.',

  'wb.glossary': 'Glossary',
  'wb.glossaryIntro': 'The brief’s own words, from its first footnote.',
  'wb.glossaryLinks': 'In the glossary:',
  'wb.glossaryLink': 'Glossary: {term}',
  'wb.term.sex-work': 'Sex work',
  'wb.def.sex-work':
    '“Sex work” takes an explicit position: it names an occupation whose workers are entitled to make a living and to human rights. Not everyone in the sex industry identifies as a “worker”.',
  'wb.term.sex-industry': 'Sex industry',
  'wb.def.sex-industry':
    'Commercial and survival sex, which may be forced, voluntary, or anywhere in between. The brief uses this wider term because not everyone in it identifies as a worker.',
  'wb.term.human-trafficking': 'Human trafficking',
  'wb.def.human-trafficking':
    'One form of exploitation or abuse that may occur in the sex industry. It involves coercion, force, deception and/or loss of control.',
  'wb.term.distinct': 'Sex work and trafficking are distinct',
  'wb.def.distinct':
    'The brief holds that there is a clear distinction between sex work and human trafficking, and that people in sex work may also experience violence, exploitation and abuse. No one should have to fit their experience into a trafficking checklist to get help: supports are for anyone, however they name their experience.',

  'wb.whatThisMeans': 'What this means',

  'wb.desc.approach.relational':
    'Building positive relationships that replace negative ones. Service providers act as allies in the change a person chooses for themselves, rather than imposing “expert” solutions.',
  'wb.desc.approach.trauma-informed':
    'A relational approach that addresses violence from its root causes: the oppressions and exploitations imposed by colonization, institutionalized racism and heteropatriarchy. Decolonial, it respects each person’s agency and self-determination.',
  'wb.desc.approach.indigenous-centric':
    'Responses grounded in Indigenous culture, where appropriate, and decolonial, as the brief recommends. They respect agency and self-determination rather than presuming to know what is best for clients.',
  'wb.desc.approach.harm-reduction':
    'One of the approaches the brief recommends so that services respect the agency and self-determination of individuals, rather than presuming to know what is best for them. NORAHT’s Policy Brief No. 4 is about harm reduction strategies.',
  'wb.desc.approach.sex-work-informed':
    'Informed by sex work, so as to avoid anti-trafficking practices that harm sex workers through harassment, surveillance and stigmatization.',
  'wb.desc.approach.2slgbtq-friendly':
    'Welcoming to Two-Spirit, lesbian, gay, bisexual, trans, queer and other sexually and gender-diverse people. The brief names it among other relevant approaches.',
  'wb.desc.approach.feminist-intersectional':
    'Seeing violence in the sex industry as born of intersections between structural factors (colonialism, poverty, racism) and personal circumstance (child welfare involvement, addictions, homelessness), and working against racialized and gender-based violence and marginalization.',
  'wb.desc.approach.critical-anti-trafficking':
    'Recognizes the distinction between sex work and human trafficking while ensuring services for anyone who seeks support, however they identify their experience. It rejects “rescue” narratives and works against violence and marginalization in the sex industry as a whole.',

  'wb.desc.knowledge.indigenous':
    'Indigenous knowledges are crucial for envisioning physical, mental, psychological, spiritual and social well-being, not in isolation but in an enabling structural environment.',
  'wb.desc.knowledge.experiential-paid':
    'The knowledge of persons with lived experience (trafficking survivors, sex workers and family members), included in the design and delivery of your programming as paid staff.',
  'wb.desc.knowledge.culturally-sensitive-training':
    'Training the brief recommends so that staff can offer culturally relevant supports. Participants named the lack of cultural supports for Indigenous and francophone clients as a barrier.',
  'wb.desc.knowledge.decolonial-tvi-training':
    'Training in decolonial trauma- and violence-informed approaches, which address violence from its root causes in colonization, institutionalized racism and heteropatriarchy.',
  'wb.desc.knowledge.privacy-respecting-data':
    'Collecting data for research and sharing information within the collaborative network in a manner that respects privacy and confidentiality. Participants noted a lack of research and data in the region.',

  'wb.desc.program.case-worker':
    'A dedicated case worker, so that clients do not have to repeat traumatic stories.',
  'wb.desc.program.indigenous-healing':
    'Indigenous healing and wellness, one of the brief’s programming priorities. Participants noted a lack of Indigenous-specific resources in the region.',
  'wb.desc.program.mental-health-addictions':
    'Mental health and addictions supports, a programming priority. The brief heard that some people have had to “catch a charge” to reach them.',
  'wb.desc.program.peer-outreach':
    'Peer outreach and support, a programming priority, in which persons with lived experience take part as paid staff.',
  'wb.desc.program.safer-shelter':
    'Safer shelter, a programming priority. Shelters often have long waitlists, are at or over capacity, and may be unsuitable for trafficked persons because they require sobriety or identification.',
  'wb.desc.program.transitional-housing':
    'Participants found an especially serious lack of transitional housing and transitional supports in northeastern Ontario. The brief calls for more funding for community-based supports, including transitional housing.',
  'wb.desc.program.long-term-housing':
    'Long-term, safer, affordable housing, which is in short supply in northeastern Ontario. The brief calls for more funding for it.',
  'wb.desc.program.children-back':
    'Supports for helping women get their children back, which the brief names as important.',
  'wb.desc.program.aging-out-youth':
    'Supports for youth “aging out” of care, which the brief names as important.',
  'wb.desc.program.children-witnessed-violence':
    'Supports for children who have witnessed violence or are being left behind due to MMIWG2S (missing and murdered Indigenous women, girls and Two-Spirit people).',

  'wb.desc.principle.support-those-who-ask':
    'Focus on supporting those who have experienced harms and violence and ask for help. Don’t assume to know better than trafficked persons what their unique needs are at any given time.',
  'wb.desc.principle.lived-experience-paid':
    'Involve persons with lived experience (trafficking survivors, their families, sex workers) in the paid circle of care: in the design, management and evaluation of programs, and in community outreach and peer support.',
  'wb.desc.principle.holistic-harm-reduction':
    'Employ holistic, non-judgmental, trauma- and violence-informed approaches, and harm reduction.',
  'wb.desc.principle.culturally-relevant':
    'Provide culturally relevant supports that draw on Indigenous and experiential knowledges.',
  'wb.desc.principle.open-communication':
    'Maintain open communication, common referral protocols and the tracking of data within the collaborative network.',
  'wb.desc.principle.long-term-24-7':
    'Commit to providing 24/7, flexible and individually tailored support, for several years, for each trafficked person.',
  'wb.desc.principle.relational':
    'Provide support that is relational and holistic. Building healthy relationships within families and communities, and between service providers and the people they serve, is key to support and healing.',

  'wb.desc.barrier.sobriety':
    'Shelters may be unsuitable for trafficked persons because they require sobriety.',
  'wb.desc.barrier.id':
    'Requiring verification of identity shuts people out: traffickers often take identity cards.',
  'wb.desc.barrier.waitlists': 'Long waiting lists for services; shelters are often at or over capacity.',
  'wb.desc.barrier.limited-access-periods': 'Services that can be used only for a limited period of time.',
  'wb.desc.barrier.hours':
    'Support that is not there when it is needed; the brief asks for 24/7, flexible support.',
  'wb.desc.barrier.language':
    'Being served in one’s own language, such as French or an Indigenous language, is part of the cultural supports participants found lacking for Indigenous and francophone clients.',
  'wb.desc.barrier.distance-travel':
    'Huge geographical areas, including remote communities, that under-resourced agencies are expected to serve.',
  'wb.desc.barrier.small-community-confidentiality':
    'In small communities “everyone knows what is going on”, which makes people reluctant to share or reach out for help.',
  'wb.desc.barrier.identify-trafficked-or-police':
    'Having to fit one’s story into a human trafficking checklist to get services. The brief asks for supports for anyone, however they identify their experience.',
  'wb.desc.barrier.involve-police':
    'Having to go to the police, or accept police involvement, before getting help. The brief asks that people choose their own pathways.',
  'wb.desc.barrier.racism':
    'Racism, named by participants as a barrier to service. The brief traces violence to root causes that include colonization and institutionalized racism.',
  'wb.desc.barrier.stigma-shame':
    'Stigma and shame keep people from reaching out. Anti-trafficking practices can also stigmatize sex workers.',
  'wb.desc.barrier.no-cultural-supports':
    'A lack of cultural supports for Indigenous and francophone clients, and of Indigenous-specific resources.',
  'wb.desc.barrier.one-system-for-another':
    'Having to enter one system to reach another’s care, for example having to “catch a charge” to get mental health and addictions supports.',
  'wb.desc.barrier.unsafe-shelters':
    'Shelters that are not safe: participants said shelters may serve as recruitment sites for trafficking, and in small communities “everyone knows where the safe house is”.',
  'wb.desc.barrier.sent-far-away':
    'Being put on a bus “down south”, away from family and community supports.',
} as const;

export type BriefKey = keyof typeof briefEn;

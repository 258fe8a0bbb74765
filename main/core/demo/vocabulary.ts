// The words of the demo: invented names and generic texts. Nothing here describes a real State,
// person or event; texts are phrased as general good practice so that none reads as an allegation.

/** Invented staff names for visit teams. */
export const TEAM_NAMES = [
  'A. Rahman',
  'J. Moreau',
  'S. Ivanova',
  'T. Nakamura',
  'P. Mensah',
  'L. García',
  'R. Haddad',
  'E. Novak',
  'M. Osei',
  'C. Lindqvist',
  'D. Okonkwo',
  'H. Kaur',
  'F. Benali',
  'N. Petrova',
  'G. Silva',
  'Y. Chen',
  'I. Karimi',
  'B. Mwangi',
  'V. Rossi',
  'O. Adeyemi',
  'K. Sato',
  'Z. Hussain',
] as const;

/** Partner organisations that join visits or deliver technical assistance. */
export const PARTNERS = [
  'UNODC',
  'INTERPOL',
  'IOM',
  'UNOCT',
  'OHCHR',
  'ICAO',
  'World Customs Organization',
  'UNDP',
  'UN Women',
  'UNICEF',
  'UNESCO',
] as const;

export const AGENCIES = [
  'Ministry of Interior',
  'Ministry of Justice',
  'Ministry of Foreign Affairs',
  'Ministry of Defence',
  'Ministry of Finance',
  'Ministry of Education',
  'Ministry of Social Affairs',
  'Financial Intelligence Unit',
  'Central Bank',
  'National Police',
  'Border Police',
  'Customs Administration',
  'Immigration Service',
  'Office of the Prosecutor General',
  'Counter-Terrorism Unit',
  'National Security Council',
  'Civil Aviation Authority',
  'Judicial Training Institute',
  'Prison Administration',
  'National Human Rights Institution',
  'Parliamentary Committee on Security',
  'Data Protection Authority',
  'Cybercrime Unit',
  'Civil society organisations',
  'Private sector (financial institutions)',
] as const;

export const OFFICIAL_TITLES = [
  'Minister of Interior',
  'Minister of Justice',
  'Deputy Minister of Foreign Affairs',
  'National Counter-Terrorism Coordinator',
  'Head of the Financial Intelligence Unit',
  'Prosecutor General',
  'Permanent Representative to the United Nations',
] as const;

export const CONSENT_CONDITIONS = [
  'Meetings limited to the capital.',
  'The State asks that the visit avoid its national holiday period.',
  'The State proposes that the first part of the visit be held virtually.',
  'Site visits to be agreed with the Ministry of Interior in advance.',
] as const;

export const CONFIDENTIAL_SECTIONS = [
  'Annex I: law enforcement capacities',
  'Section on border control',
  'Section on critical infrastructure protection',
  'Annex II: list of agencies met',
  'Section on intelligence sharing',
] as const;

interface AreaVocabulary {
  /** The year from which CTED assessed this area (the resolutions that brought it in). */
  since: number;
  /** Core areas appear in most comprehensive assessments; others less often. */
  weight: number;
  providers: readonly string[];
  texts: readonly string[];
}

/** Recommendation texts per thematic area key of shared/domain/reports.ts. */
export const AREAS: Record<string, AreaVocabulary> = {
  national_strategy: {
    since: 2005,
    weight: 3,
    providers: ['UNOCT', 'UNDP'],
    texts: [
      'Adopt a comprehensive and integrated national counter-terrorism strategy, developed with the participation of civil society.',
      'Establish an inter-agency coordination mechanism with a clear mandate and adequate resources.',
      'Conduct a national terrorism risk assessment and update it at regular intervals.',
      'Set up a monitoring and evaluation framework for the national action plan.',
    ],
  },
  legislation: {
    since: 2005,
    weight: 4,
    providers: ['UNODC'],
    texts: [
      'Criminalise all terrorist offences defined in the international counter-terrorism instruments to which the State is a party.',
      'Review the definition of terrorism to ensure that it is precise and in line with the principle of legality.',
      'Ratify the outstanding international counter-terrorism instruments and incorporate them into domestic law.',
      'Criminalise the planning and preparation of terrorist acts, including travel for terrorist purposes.',
      'Provide for the jurisdiction of national courts over terrorist offences committed abroad by nationals.',
    ],
  },
  cft: {
    since: 2005,
    weight: 4,
    providers: ['UNODC', 'UNOCT'],
    texts: [
      'Criminalise the financing of terrorism as an autonomous offence, including the financing of an individual terrorist.',
      'Establish a mechanism to freeze terrorist assets without delay, in line with Security Council resolution 1373 (2001).',
      'Conduct a terrorist-financing risk assessment of the non-profit sector and apply targeted, proportionate measures.',
      'Strengthen the analytical capacity of the Financial Intelligence Unit and its cooperation with law enforcement.',
      'Extend suspicious transaction reporting obligations to designated non-financial businesses and professions.',
    ],
  },
  law_enforcement: {
    since: 2005,
    weight: 4,
    providers: ['UNODC', 'INTERPOL'],
    texts: [
      'Establish a specialised counter-terrorism investigation unit with clear procedures for cooperation with prosecutors.',
      'Provide regular training for investigators and prosecutors on terrorism cases.',
      'Adopt procedures for the use of special investigative techniques under judicial oversight.',
      'Strengthen the exchange of information between intelligence and law enforcement agencies.',
    ],
  },
  border_control: {
    since: 2005,
    weight: 3,
    providers: ['IOM', 'INTERPOL', 'UNOCT', 'World Customs Organization'],
    texts: [
      'Connect all border crossing points to the INTERPOL databases, including at land borders.',
      'Establish an Advance Passenger Information system, in line with Security Council resolution 2396 (2017).',
      'Develop the capacity to collect, use and share Passenger Name Record data with due regard for human rights.',
      'Introduce biometric systems at the main border crossing points.',
      'Set up a national watchlist in line with international standards and with safeguards against misuse.',
    ],
  },
  international_cooperation: {
    since: 2005,
    weight: 3,
    providers: ['UNODC'],
    texts: [
      'Designate a central authority for mutual legal assistance and publish guidance on how to submit requests.',
      'Review the grounds for refusal of extradition to ensure that terrorist offences are not regarded as political offences.',
      'Conclude bilateral and regional agreements on mutual legal assistance and extradition.',
      'Keep statistics on incoming and outgoing requests for mutual legal assistance in terrorism cases.',
    ],
  },
  ftf: {
    since: 2014,
    weight: 2,
    providers: ['UNOCT', 'UNODC', 'UNICEF'],
    texts: [
      'Develop comprehensive prosecution, rehabilitation and reintegration strategies for returning foreign terrorist fighters and their families.',
      'Ensure that prison regimes support rehabilitation and prevent radicalisation to violence.',
      'Adopt risk-assessment tools for individuals returning from conflict zones.',
    ],
  },
  countering_incitement: {
    since: 2006,
    weight: 2,
    providers: ['UNOCT', 'UNESCO', 'UNDP'],
    texts: [
      'Prohibit incitement to commit terrorist acts by law, in line with Security Council resolution 1624 (2005).',
      'Engage community and religious leaders, women and youth in preventing violent extremism conducive to terrorism.',
      'Develop a national action plan to prevent violent extremism, with measurable objectives.',
    ],
  },
  human_rights: {
    since: 2005,
    weight: 3,
    providers: ['OHCHR'],
    texts: [
      'Ensure that all counter-terrorism measures comply with the State’s obligations under international human rights law.',
      'Establish independent oversight of the counter-terrorism activities of security agencies.',
      'Guarantee the right to a fair trial, including access to counsel, in terrorism cases.',
      'Ensure that counter-terrorism measures do not impede humanitarian activities.',
    ],
  },
  gender: {
    since: 2015,
    weight: 2,
    providers: ['UN Women', 'UNOCT'],
    texts: [
      'Integrate a gender perspective into the national counter-terrorism strategy and its implementation.',
      'Increase the participation of women in law enforcement and in preventing violent extremism.',
      'Collect gender-disaggregated data on terrorism cases and programmes.',
    ],
  },
  children: {
    since: 2017,
    weight: 1,
    providers: ['UNICEF', 'UNODC'],
    texts: [
      'Treat children associated with terrorist groups primarily as victims, in line with international law.',
      'Develop child-specific rehabilitation and reintegration programmes.',
      'Ensure that juvenile justice safeguards apply in terrorism-related proceedings.',
    ],
  },
  ict: {
    since: 2010,
    weight: 2,
    providers: ['UNOCT', 'UNODC'],
    texts: [
      'Strengthen the capacity of law enforcement to investigate terrorist use of information and communications technologies.',
      'Establish procedures for requesting electronic evidence from service providers abroad.',
      'Engage with the private sector to counter terrorist content online, with respect for freedom of expression.',
    ],
  },
  critical_infrastructure: {
    since: 2017,
    weight: 1,
    providers: ['UNOCT', 'INTERPOL'],
    texts: [
      'Identify critical infrastructure and develop protection plans with its operators.',
      'Develop public–private partnerships for the protection of soft targets.',
      'Conduct regular exercises to test the response to attacks on critical infrastructure.',
    ],
  },
  uas: {
    since: 2019,
    weight: 1,
    providers: ['UNOCT', 'ICAO'],
    texts: [
      'Adopt a regulatory framework for unmanned aircraft systems that addresses the risk of terrorist misuse.',
      'Develop the capacity to detect and counter the hostile use of unmanned aircraft systems.',
    ],
  },
  aviation_security: {
    since: 2005,
    weight: 1,
    providers: ['ICAO'],
    texts: [
      'Implement the ICAO standards on aviation security, including screening and insider-threat measures.',
      'Establish a national civil aviation security programme and a quality control programme.',
    ],
  },
  battlefield_evidence: {
    since: 2019,
    weight: 1,
    providers: ['UNODC'],
    texts: [
      'Adopt procedures for the collection and admissibility of information gathered by the military in terrorism prosecutions.',
      'Train prosecutors and judges on the use of battlefield evidence with due regard for fair-trial guarantees.',
    ],
  },
  organised_crime_nexus: {
    since: 2019,
    weight: 1,
    providers: ['UNODC', 'INTERPOL'],
    texts: [
      'Assess the links between terrorism and transnational organised crime, in line with Security Council resolution 2482 (2019).',
      'Strengthen cooperation between units that investigate organised crime and terrorism.',
    ],
  },
  cultural_property: {
    since: 2017,
    weight: 1,
    providers: ['UNESCO', 'INTERPOL'],
    texts: [
      'Strengthen measures against the trafficking of cultural property that may finance terrorism.',
      'Establish an inventory of cultural property and share it with INTERPOL.',
    ],
  },
};

/** Generic evidence for a recommendation's status change. */
export const EVIDENCE: Record<string, readonly string[]> = {
  not_started: [
    'The State reported that work on this recommendation has not yet begun.',
    'No measure has been taken so far, according to the State’s reply.',
  ],
  in_progress: [
    'An inter-ministerial working group has been set up to take the recommendation forward.',
    'A draft text has been prepared and is under review by the relevant ministries.',
    'Training activities have started with the support of partners.',
  ],
  partially_implemented: [
    'Some of the recommended measures are in place; gaps remain in their application.',
    'The law was amended, but implementing regulations are still pending.',
    'The measure applies at the main airport only; other border crossing points are not yet covered.',
  ],
  implemented: [
    'The State adopted the recommended measures and shared the implementing texts.',
    'The new procedures are in force and were observed during the follow-up visit.',
    'The State provided statistics showing that the measure is applied in practice.',
  ],
  no_information: [
    'No information was received from the State for this period.',
    'The State’s reply did not address this recommendation.',
  ],
  no_longer_relevant: [
    'Superseded by a later reform of the legal framework.',
    'The institution concerned was merged into a new agency with a different mandate.',
  ],
};

export const UPDATE_SOURCES = [
  'Implementation reply of the State',
  'Follow-up visit',
  'CTED desk review',
  'Technical assistance partner report',
  'Update of the overview of implementation assessment',
] as const;

/** Short comments in an OP 16 follow-up report's per-recommendation assessment. */
export const ASSESSMENT_COMMENTS: Record<string, string> = {
  not_started: 'No steps reported.',
  in_progress: 'Steps under way.',
  partially_implemented: 'Partly in place.',
  implemented: 'In place; evidence provided.',
  no_information: 'No information received.',
  no_longer_relevant: 'No longer relevant.',
};

export const SIGNAL_TEXTS: Record<string, readonly string[]> = {
  emerging_issue: [
    'Emerging issue: misuse of new payment technologies for terrorist financing',
    'Emerging issue: terrorist use of unmanned aircraft systems in the wider region',
    'Emerging issue: online recruitment targeting young people',
  ],
  trend: [
    'Trend: rising number of cross-border movements of concern in the region',
    'Trend: growth in the use of encrypted messaging for propaganda',
    'Trend: wider use of crowdfunding platforms, with possible misuse for terrorist financing',
  ],
  event: [
    'Event: hosting of a large international sporting event, with soft-target protection needs',
    'Event: reorganisation of the national counter-terrorism agencies',
    'Event: new national counter-terrorism legislation under discussion',
  ],
  analysis: [
    'Analysis: regional assessment highlights gaps in border management',
    'Analysis: partner briefing on terrorist-financing typologies in the region',
    'Analysis: research on prison radicalisation in the region',
  ],
};

export const SIGNAL_SOURCES = [
  'Synthetic open-source monitoring',
  'Synthetic CTED analysis',
  'Synthetic UN partner briefing',
] as const;

export const REQUEST_TEXTS: Record<'request' | 'invitation', readonly string[]> = {
  request: [
    'Request for a focused visit on countering the financing of terrorism',
    'Request for technical assistance needs assessment on border control',
    'Request for a follow-up visit to review progress since the last assessment',
  ],
  invitation: [
    'Invitation to conduct a comprehensive assessment visit',
    'Invitation to visit, conveyed at a CTC open briefing',
    'Invitation to assess the new national strategy',
  ],
};

export const REQUEST_SOURCES = [
  'Note verbale from the Permanent Mission',
  'Letter from the Minister of Foreign Affairs',
  'Statement at a CTC meeting',
] as const;

/** What a State's implementation reply (6 months after transmission) says, in short. */
export const IMPLEMENTATION_REPLIES = [
  'The State reported on the measures taken on the priority recommendations and the legislative reforms under way.',
  'The reply describes the steps taken by the national counter-terrorism coordination body and asks for technical assistance on border management.',
  'The State reported progress on most recommendations, with an annex of the texts adopted since the visit.',
  'A short reply: the State confirms that an inter-ministerial working group is reviewing the recommendations.',
  'The State shared statistics on prosecutions and on the use of its financial intelligence unit, and its plans for the coming year.',
] as const;

/** What the Committee's notes say of an invitation, attended or not. */
export const ATTENDANCE_NOTES = {
  attended: [
    'The official briefed the Committee on the steps taken since the visit and answered members’ questions.',
    'The delegation presented the national action plan adopted after the visit.',
    'Briefed the Committee with the Permanent Representative; members welcomed the progress reported.',
  ],
  absent: [
    'Excused; the Permanent Mission sent a written update instead.',
    'The official could not travel; the briefing was postponed to a later meeting.',
  ],
} as const;

/** Technical assistance a State asks for, by the kind of need. */
export const ASSISTANCE_REQUESTS = [
  'Training of prosecutors and judges on terrorism financing cases.',
  'Support to set up advance passenger information at the main international airport.',
  'Legislative drafting support to bring the criminal code in line with resolution 2178.',
  'Capacity-building for the financial intelligence unit on risk assessment.',
  'Support for the rehabilitation and reintegration programme of returning foreign terrorist fighters.',
  'Training of border police on biometric data collection and watchlists.',
] as const;

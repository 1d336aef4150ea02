/*
 * Pristina's narrative report of the 13th progress reports (003: "Biannual Roadmap Narrative Reports (1 January –
 * 31 December 2024)"), goal by goal, in the slides' own words. 003 presents Goals 4&5 and 6&7 together; each bullet
 * is placed under the goal whose wording it answers. Where the slides say nothing (plans, needs for support, most
 * challenges) the field is empty rather than invented. Not included: SEESAC's AVMP figures (SEESAC's regional data,
 * not the jurisdiction's report) and the KPI tables (the KPI report).
 */
export interface GoalNarrative {
  goal: number;
  progress: string;
  challenges: string;
  plans: string;
  needsForSupport: string;
}

export const NARRATIVE_PERIOD = '2024';

const lines = (...bullets: string[]) => bullets.join('\n');

export const PRISTINA_NARRATIVE_003: GoalNarrative[] = [
  {
    goal: 1,
    progress: lines(
      'Relevant laws such as Law on Weapons, Law on Civil Use of Explosives, and Law on Trade in Strategic Goods are partially harmonized with the EU Acquis;',
      'Some progress was reported in aligning the legislation with the EU Acquis;',
      'The draft law on explosives was approved by the Government, pending adoption by Parliament;',
      'Amendments to the Law on Weapons – another working group was established;',
      'Work on amendments to the Criminal Code continued;',
    ),
    challenges: '',
    plans: '',
    needsForSupport: '',
  },
  {
    goal: 2,
    progress: lines(
      'The SALW Commission – actively engaged in planning, coordination, and monitoring of SALW Control Strategy and Action Plan (2024 – 2028);',
      'The new Strategy reported in line with the new Roadmap, addressing key challenges identified by authorities;',
      'Firearms Focal Point (FFP) reported to be fully operational and actively engaged in supporting investigation of firearm-related crimes.',
      "The police reports conducting regular information exchange on lost and stolen firearms through the EUROPOL's SIENA. Information to iARMS is provided via UNMIK.",
      'A Joint Action Day (JAD) Coordinator has been appointed. Active participation in JAD 2024 operations reported.',
      'One operational activity conducted as part of the operational cooperation with EUROPOL.',
      'Accreditation of several methods of the ballistic lab according to ISO 17025 is reported as completed.',
      'Capacity building activities of the Forensic Agency officials was also reported',
      'Investigation capacities concerning firearms-related crimes were enhanced through active participation in regional workshops and local training sessions across all Regional Police Directorates.',
    ),
    challenges: '',
    plans: '',
    needsForSupport: '',
  },
  {
    goal: 3,
    progress: lines(
      'Continuous reporting on enhancing border police capacities:',
      '21 operational plans;',
      'Five joint operations between the police and customs;',
      '51 criminal cases prevented, 16 weapons and 1,004 pieces of ammunition seized;',
      "Case Management Information System (SMIL) – Information exchange between the Police and the Prosecutor's Office, and the Prosecutor's Office and the Courts;",
      'E-learning platform for law enforcement officials on SALW-related legislation – ongoing.',
      'Number of seizures inland significantly exceeded those at the border.',
    ),
    challenges: 'The need for the integration of databases and real-time data entry persisted.',
    plans: '',
    needsForSupport: '',
  },
  {
    goal: 4,
    progress: lines(
      'Numerous activities on awareness raising, outreach, and education on firearms/SALW – “Celebrate with your heart, not your gun” campaign:',
      'Activities targeted youth in primary and secondary school/Youth Camp Workshop;',
      'Activities on the misuse of firearms in gender-based violence;',
    ),
    challenges: lines(
      'High number of firearm-related incidents reported;',
      'Higher number of incidents in 2024 (1,262) compared to 2023 (32);',
    ),
    plans: '',
    needsForSupport: '',
  },
  {
    goal: 5,
    progress: lines(
      'In 2019, a voluntary surrender campaign resulted in the voluntary surrender of 1,415 firearms;',
      'Two cases reported in 2018;',
    ),
    challenges: lines(
      'No reported cases of voluntarily surrendered firearms and ammunition in 2024;',
      'No reductions through legalization or deactivation;',
    ),
    plans: '',
    needsForSupport: '',
  },
  {
    goal: 6,
    progress: lines(
      'No destruction was conducted – Kosovo reports no surplus of firearms and ammunition.',
      'Destruction of confiscated firearms reported in 2019 and 2023; Destruction of confiscated ammunition was reported in 2021.',
      '993 firearms and 36,336 pieces of ammunition were disposed.',
    ),
    challenges: 'Disposal of an additional ammunition is pending – no specialized destruction equipment.',
    plans: '',
    needsForSupport: '',
  },
  {
    goal: 7,
    progress: lines(
      'Continuous inspection of legal entities dealing with firearms – 60 reported in the second half of 2024.',
      'Improvement of storage facilities – instalment of 72 metal cabinets at police stations in Ferizaj, Gjilan, Pejë, Vushtrri, Drenas, and Lipjan.',
    ),
    challenges: '',
    plans: '',
    needsForSupport: '',
  },
];

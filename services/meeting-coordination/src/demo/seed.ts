// Demo data from the seeds, loaded over REST like SEESAC's secretariat would:
// 000 (the high-level meeting in Podgorica, 1 February 2018, that started the Roadmap consultations, and the
// London Summit of 10 July 2018 that adopted it), 002 (three rounds of local coordination meetings, the 1st and
// 2nd regional meetings, the Paris and Berlin donor conferences), 004 (the 4th regional meeting: sessions, chairs,
// presenting jurisdictions, the participants its notes name, session notes, comments, needs for support,
// conclusions with their authors) and 003 (the 13th progress reports, 1 January - 31 December 2024, for the
// "Regional Coordination Meetings (Sarajevo, 8-9 July 2025)": round 13, whose period readiness takes from
// report-intake's reporting round 13). Idempotent: every write carries an Idempotency-Key.
import { runDemoSeedCli } from '@salw/testing';
import { COMMENTS, PARTICIPANTS, SESSION_NOTES, SUPPORT_NEEDS } from './fourth-regional-meeting';

const WB6 = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana'];
const CITY: Record<string, string> = {
  belgrade: 'Belgrade',
  podgorica: 'Podgorica',
  pristina: 'Pristina',
  sarajevo: 'Sarajevo',
  skopje: 'Skopje',
  tirana: 'Tirana',
};
const ORDINAL = ['First', 'Second', 'Third'];

/** Local coordination meetings per round (002): jurisdiction → date. Round 3 was held virtually. */
export const LOCAL_MEETINGS: Record<number, Record<string, string>> = {
  1: {
    pristina: '2019-04-02',
    skopje: '2019-04-23',
    tirana: '2019-05-06',
    podgorica: '2019-05-07',
    belgrade: '2019-05-08',
    sarajevo: '2019-05-16',
  },
  2: {
    skopje: '2019-10-29',
    pristina: '2019-10-30',
    tirana: '2019-11-01',
    podgorica: '2019-11-04',
    sarajevo: '2019-11-07',
    belgrade: '2019-11-08',
  },
  3: { sarajevo: '2020-06-02', tirana: '2020-06-17', pristina: '2020-06-24', skopje: '2020-06-26' },
};

/** Rounds: the regional meeting each prepares, when the seeds name it (002, 004). */
export const ROUNDS = [
  { roundNumber: 1, regionalMeetingId: 'regional-1', regionalMeetingDate: '2019-05-28' },
  { roundNumber: 2, regionalMeetingId: 'regional-2', regionalMeetingDate: '2019-11-20' },
  { roundNumber: 3 },
  { roundNumber: 4, regionalMeetingId: 'regional-4', regionalMeetingDate: '2020-11-25' },
  // No reportingPeriod: report-intake's reporting round 13 gives it (one numbering of rounds).
  { roundNumber: 13, regionalMeetingId: 'regional-13', regionalMeetingDate: '2025-07-08' },
];

type Body = Record<string, unknown>;
interface Meeting {
  body: Body;
  /** Not marked held: the seeds announce the meeting, they do not say it took place. */
  announcedOnly?: boolean;
  sessions?: Body[];
  participants?: Body[];
  sessionNotes?: Record<string, string>;
  comments?: Body[];
  supportNeeds?: Body[];
  conclusions?: { author: string; organization: string; text: string }[];
  notesPublished?: boolean;
}

export const MEETINGS: Meeting[] = [
  {
    body: {
      meetingId: 'high-level-podgorica-2018',
      kind: 'high_level',
      title: 'High-level meeting in Podgorica starting the Roadmap consultations',
      format: { mode: 'in_person', city: 'Podgorica' },
      startDate: '2018-02-01',
    },
  },
  {
    body: {
      meetingId: 'london-summit-2018',
      kind: 'high_level',
      title: 'London Summit adopting the Roadmap',
      format: { mode: 'in_person', city: 'London' },
      startDate: '2018-07-10',
    },
  },
  {
    body: {
      meetingId: 'donor-conference-1-paris',
      kind: 'donor_conference',
      title: '1st International Donor Conference for the Roadmap',
      format: { mode: 'in_person', city: 'Paris' },
      startDate: '2018-12-11',
    },
  },
  {
    body: {
      meetingId: 'donor-conference-2-berlin',
      kind: 'donor_conference',
      title: '2nd International Donor Conference (second high-level meeting on the Roadmap)',
      format: { mode: 'in_person', city: 'Berlin' },
      startDate: '2020-01-31',
    },
  },
  {
    body: {
      meetingId: 'regional-1',
      kind: 'regional_coordination',
      number: 1,
      roundNumber: 1,
      title: '1st Regional Roadmap Coordination Meeting',
      format: { mode: 'in_person', city: 'Sarajevo', venue: 'Tarcin' },
      startDate: '2019-05-28',
    },
  },
  {
    body: {
      meetingId: 'regional-2',
      kind: 'regional_coordination',
      number: 2,
      roundNumber: 2,
      title: '2nd Regional Roadmap Coordination Meeting',
      format: { mode: 'in_person', city: 'Tirana' },
      startDate: '2019-11-20',
      endDate: '2019-11-21',
    },
  },
  ...Object.entries(LOCAL_MEETINGS).flatMap(([round, dates]) =>
    Object.entries(dates).map(([jurisdiction, date]) => ({
      body: {
        meetingId: `local-${round}-${jurisdiction}`,
        kind: 'local_coordination',
        roundNumber: Number(round),
        jurisdiction,
        title: `${ORDINAL[Number(round) - 1]} Roadmap Local Coordination Meeting, ${CITY[jurisdiction]}`,
        format: round === '3' ? { mode: 'online' } : { mode: 'in_person', city: CITY[jurisdiction] },
        startDate: date,
      },
    })),
  ),
  {
    body: {
      meetingId: 'regional-4',
      kind: 'regional_coordination',
      number: 4,
      roundNumber: 4,
      title: '4th Regional Roadmap Coordination Meeting',
      format: { mode: 'online' },
      startDate: '2020-11-25',
      endDate: '2020-11-26',
    },
    sessions: [
      {
        sessionId: 'opening',
        date: '2020-11-25',
        title: 'Opening Session',
        goals: [],
        chair: { name: 'Bojana Balon', position: 'Head of SEESAC', organization: 'SEESAC' },
        presentingJurisdictions: [],
      },
      {
        sessionId: 'session-1',
        date: '2020-11-25',
        title: '4th Regional Roadmap Progress Report – Key Findings',
        goals: [1, 2, 3, 4, 5, 6, 7],
        presentingJurisdictions: [],
      },
      {
        sessionId: 'session-2',
        date: '2020-11-25',
        title: 'Implementation of Goal 1&2 of the Roadmap – Progress, Challenges, Plans',
        goals: [1, 2],
        chair: { name: 'Alain Lapon', position: 'Chief Technical Adviser', organization: 'SEESAC' },
        presentingJurisdictions: WB6,
      },
      {
        sessionId: 'session-3',
        date: '2020-11-25',
        title: 'Implementation of Goal 2 (Cont.) & 3 of the Roadmap – Progress, Challenges, Plans',
        goals: [2, 3],
        chair: {
          name: 'Emmanuel Vallens',
          position: 'Policy Officer',
          organization: 'DG Migration and Home Affairs, European Commission',
        },
        presentingJurisdictions: WB6,
      },
      {
        sessionId: 'session-4',
        date: '2020-11-26',
        title: 'Implementation of Goal 4&5 of the Roadmap – Progress, Challenges, Plans',
        goals: [4, 5],
        chair: {
          name: 'Slobodan Boskovic',
          position: 'Project Officer, Conflict Prevention Centre/FSC Support Section',
          organization: 'OSCE',
        },
        presentingJurisdictions: WB6,
      },
      {
        sessionId: 'session-5',
        date: '2020-11-26',
        title: 'Implementation of Goal 6&7 of the Roadmap – Progress, Challenges, Plans',
        goals: [6, 7],
        chair: {
          name: 'Eirini Lemos-Maniati',
          position: 'Deputy Director, Arms Control, Disarmament and WMD Non-Proliferation Center',
          organization: 'NATO HQ',
        },
        presentingJurisdictions: WB6,
      },
      {
        sessionId: 'session-6',
        date: '2020-11-26',
        title: 'Funding Support to the Implementation of the Roadmap',
        goals: [],
        chair: {
          name: 'Amer Kapetanović',
          position: 'Head of Political Department',
          organization: 'Regional Cooperation Council',
        },
        presentingJurisdictions: [],
      },
    ],
    conclusions: [
      {
        author: 'H.E. Jean-Claude Brunet',
        organization:
          'Ambassador-at-large on transitional criminal threats and the fight against the illicit trafficking of SALW, France',
        text: 'Full commitment to keep the momentum despite the difficulties imposed by the COVID-19 pandemic; the Roadmap is a key component of the French strategy to work closer with the Western Balkans and remains a high priority going forward to the first semester of 2022, when France takes up the EU presidency.',
      },
      {
        author: 'Albrecht von Wittke',
        organization: 'Federal Foreign Office, Germany',
        text: 'Harmonizing legislation is a key component of the Roadmap; the progress achieved under Goal 1 is applauded. The institutional setup matters, in particular Firearms Focal Points and their role in analysis and information sharing within and between jurisdictions.',
      },
      {
        author: 'Georgios Kritikos',
        organization: 'European External Action Service',
        text: 'The EU is ready to stand by its partners in the Western Balkans: the Roadmap is a road leading to Europe. Donors are encouraged to provide further support as per the expressed needs of the authorities and their identified priorities.',
      },
    ],
    participants: PARTICIPANTS,
    sessionNotes: SESSION_NOTES,
    comments: COMMENTS,
    supportNeeds: SUPPORT_NEEDS,
    notesPublished: true,
  },
  {
    // 003 names the meeting and its days; its ordinal is not written in the seeds: 13 is the round's (one numbering).
    body: {
      meetingId: 'regional-13',
      kind: 'regional_coordination',
      number: 13,
      roundNumber: 13,
      title: 'Regional Roadmap Coordination Meeting, Sarajevo (13th progress reports)',
      format: { mode: 'in_person', city: 'Sarajevo' },
      startDate: '2025-07-08',
      endDate: '2025-07-09',
    },
    announcedOnly: true,
  },
];

/** The body the seeds schedule one of their meetings with. */
export function demoMeeting(meetingId: string): Body {
  const meeting = MEETINGS.find((candidate) => candidate.body.meetingId === meetingId);
  if (!meeting) throw new Error(`No meeting ${meetingId} in the seeds`);
  return meeting.body;
}

export interface SeedSummary {
  rounds: number;
  meetings: number;
  sessions: number;
  writes: number;
}

/** Loads the demo data over REST; safe to run again (Idempotency-Key per item). */
export async function seedDemo(baseUrl: string, token: string): Promise<SeedSummary> {
  let writes = 0;
  const post = async (path: string, body: Body, key: string, accept: number[] = []) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    if (!response.ok && !accept.includes(response.status))
      throw new Error(`POST ${path} → ${response.status}: ${await response.text()}`);
    writes++;
  };
  for (const round of ROUNDS) await post('/coordination-rounds', round, `demo-round-${round.roundNumber}`, [409]);
  let sessions = 0;
  for (const meeting of MEETINGS) {
    const id = meeting.body.meetingId as string;
    await post('/meetings', meeting.body, `demo-${id}`, [409]);
    for (const session of meeting.sessions ?? []) {
      await post(`/meetings/${id}/sessions`, session, `demo-${id}-${session.sessionId as string}`, [409]);
      sessions++;
    }
    if (meeting.announcedOnly) continue;
    await post(`/meetings/${id}/held`, {}, `demo-${id}-held`, [409]);
    if (meeting.participants)
      await post(`/meetings/${id}/participants`, { participants: meeting.participants }, `demo-${id}-participants`);
    for (const [sessionId, notes] of Object.entries(meeting.sessionNotes ?? {}))
      await post(`/meetings/${id}/session-notes`, { sessionId, notes }, `demo-${id}-notes-${sessionId}`);
    for (const [index, comment] of (meeting.comments ?? []).entries())
      await post(`/meetings/${id}/comments`, comment, `demo-${id}-comment-${index}`);
    for (const [index, need] of (meeting.supportNeeds ?? []).entries())
      await post(`/meetings/${id}/support-needs`, need, `demo-${id}-need-${index}`);
    for (const [index, conclusion] of (meeting.conclusions ?? []).entries())
      await post(`/meetings/${id}/conclusions`, conclusion, `demo-${id}-conclusion-${index}`);
    if (meeting.notesPublished) await post(`/meetings/${id}/notes-publication`, {}, `demo-${id}-notes`, [409]);
  }
  return { rounds: ROUNDS.length, meetings: MEETINGS.length, sessions, writes };
}

if (require.main === module)
  runDemoSeedCli(
    'meeting-coordination',
    seedDemo,
    (summary, baseUrl) =>
      `${summary.rounds} rounds, ${summary.meetings} meetings, ${summary.sessions} sessions (${summary.writes} idempotent writes) at ${baseUrl}`,
  );

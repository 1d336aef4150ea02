import createClient from 'openapi-fetch';
import { csrfHeaders } from './client';
import type { components as MeetingComponents, paths as MeetingPaths } from './meeting-coordination';
import type { components as FundComponents, paths as FundPaths } from './trust-fund';

/** meeting-coordination and trust-fund through the console's proxy (the session's token is added server-side). */
export const meetings = createClient<MeetingPaths>({ baseUrl: '/api/meeting-coordination' });
export const fund = createClient<FundPaths>({ baseUrl: '/api/trust-fund' });
for (const client of [meetings, fund]) {
  client.use({
    onRequest({ request }) {
      for (const [name, value] of Object.entries(request.method === 'GET' ? {} : csrfHeaders())) request.headers.set(name, value);
      return request;
    },
  });
}

/** A command's body as the service's OpenAPI document declares it. */
export type MeetingBody<Name extends keyof MeetingComponents['schemas']> = MeetingComponents['schemas'][Name];
export type FundBody<Name extends keyof FundComponents['schemas']> = FundComponents['schemas'][Name];
/** A read answer trust-fund declares in its OpenAPI document. */
export type FundAnswer<Name extends keyof FundComponents['schemas']> = FundComponents['schemas'][Name];

/** A refusal as the services answer it: the rule in `message`, every bad field in `problems` with its path. */
export interface Problem {
  statusCode: number;
  message: string;
  problems?: Array<{ path: string; message: string }>;
}

/** Thrown by a write the service refused, carrying its problem details for the screen to explain inline. */
export class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/** The answer of an openapi-fetch call: its body, or a Refusal with the service's own words. */
export async function answer<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = (error ?? {}) as Partial<Problem>;
    throw new Refusal({ statusCode: response.status, message: typeof body.message === 'string' ? body.message : `HTTP ${response.status}`, problems: body.problems });
  }
  return data as T;
}

/** Read answers the services do not describe field by field yet: the shapes their views return. */
/** Share of women among participants whose gender is recorded; "no data" when none is (never 0). */
export type GenderShare =
  | { status: 'no_data'; participants: number; reason: string }
  | { status: 'recorded'; women: number; men: number; other: number; total: number; notRecorded: number; share: string; ratio: string };
export interface LocalMeetingSlot {
  jurisdiction: string;
  meetingId: string;
  date: string;
  endDate: string;
  status: string;
}
export interface CoordinationRound {
  roundNumber: number;
  label?: string;
  reportingPeriod?: string;
  regionalMeetingId?: string;
  regionalMeetingDate?: string;
  localMeetings: LocalMeetingSlot[];
  notScheduled: string[];
}
export interface Cadence {
  cadenceMonths: number;
  rounds: CoordinationRound[];
  latestRound: number | null;
  nextRound: { roundNumber: number; regionalMeetingDueBy?: string; basis?: string; status?: string; reason?: string };
}
export interface MeetingSummary {
  meetingId: string;
  kind: string;
  title?: string;
  jurisdiction?: string;
  roundNumber?: number;
  startDate: string;
  endDate: string;
  status: string;
  year: number;
  genderShare: GenderShare;
}
export interface Session {
  sessionId: string;
  date: string;
  title: string;
  goals: number[];
  chair?: { name: string; organization: string; position?: string };
  presentingJurisdictions: string[];
  notes?: string;
}
export interface Participant {
  participantId: string;
  name: string;
  organization: string;
  role: string;
  gender?: string;
  jurisdiction?: string;
  /** SALW Commission, jurisdiction delegation, partner organization, donor, secretariat (absent before categories). */
  category?: string;
}
export interface ActionItem {
  actionItemId: string;
  meetingId?: string;
  description: string;
  owner: string;
  jurisdiction?: string;
  goal?: number;
  dueDate: string;
  status: 'open' | 'done';
  completedOn?: string;
  overdue: boolean;
}
export interface MeetingView {
  meetingId: string;
  kind: string;
  title: string;
  jurisdiction?: string;
  roundNumber?: number;
  number?: number;
  format: { mode: 'in_person' | 'online'; city?: string; venue?: string; platform?: string };
  startDate: string;
  endDate: string;
  status: string;
  sessions: Session[];
  participants: Participant[];
  documents: Array<{ documentId: string; kind: string; title: string; reference: string }>;
  comments: Array<{ sessionId?: string; author: string; organization?: string; text: string }>;
  cancellationReason?: string;
  conclusions: Array<{ text: string; author?: string; organization?: string }>;
  /** From a jurisdiction or a partner organization (exactly one). */
  supportNeeds: Array<{ jurisdiction?: string; organization?: string; goal?: number; description: string }>;
  actionItems: ActionItem[];
  genderShare: GenderShare;
}

// The meeting aggregate (stream `meeting:<meetingId>`): events, state and evolve.

export const MEETING_KINDS = [
  'local_coordination',
  'regional_coordination',
  'high_level',
  'donor_conference',
  'salw_commissions',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_STATUSES = ['planned', 'confirmed', 'held', 'notes_published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];
export const DOCUMENT_KINDS = ['agenda', 'participants_list', 'presentation', 'report', 'notes', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/**
 * Who a participant attends for (004: "representatives of the SALW Commissions ..., of international and regional
 * organizations ..., as well as the key donors"): a SALW Commission, another institution of a jurisdiction's
 * delegation (a ministry, a prosecutor's office), a partner organization, a donor, or SEESAC as the secretariat.
 */
export const PARTICIPANT_CATEGORIES = [
  'salw_commission',
  'jurisdiction_delegation',
  'partner_organization',
  'donor',
  'secretariat',
] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];

/** Where a meeting takes place: in person (city, venue) or online. */
export type MeetingFormat = { mode: 'in_person'; city: string; venue?: string } | { mode: 'online'; platform?: string };

export type Chair = {
  name: string;
  organization: string;
  position?: string;
};

export type AgendaSession = {
  sessionId: string;
  date: string;
  title: string;
  /** Roadmap goals (1..7) the session covers. */
  goals: number[];
  chair?: Chair;
  presentingJurisdictions: string[];
  notes?: string;
};

export type Participant = {
  participantId: string;
  name: string;
  organization: string;
  role: string;
  /** Absent when not recorded: never guessed. */
  gender?: Gender;
  jurisdiction?: string;
  /** Absent only on participants registered before categories were recorded. */
  category?: ParticipantCategory;
};

export type MeetingDocument = {
  documentId: string;
  kind: DocumentKind;
  title: string;
  reference: string;
};

export type MeetingComment = {
  sessionId?: string;
  author: string;
  organization?: string;
  text: string;
};

/** A need for support, expressed by a jurisdiction or by a partner organization: exactly one of the two. */
export type SupportNeed = {
  jurisdiction?: string;
  organization?: string;
  goal?: number;
  description: string;
};

/** A conclusion of the meeting, as its author drew it (author absent only on conclusions recorded before authors were). */
export type Conclusion = {
  text: string;
  author?: string;
  organization?: string;
};

export type ActionItem = {
  actionItemId: string;
  description: string;
  owner: string;
  jurisdiction?: string;
  goal?: number;
  dueDate: string;
  status: 'open' | 'done';
  completedOn?: string;
};

/** What scheduling a meeting says of it (the event's data, and the head of the meeting's state). */
export type MeetingSchedule = {
  meetingId: string;
  kind: MeetingKind;
  title: string;
  number?: number;
  roundNumber?: number;
  jurisdiction?: string;
  format: MeetingFormat;
  startDate: string;
  endDate: string;
};

export type MeetingEvent =
  | { type: 'MeetingScheduled'; data: MeetingSchedule }
  | { type: 'MeetingRescheduled'; data: { meetingId: string; startDate: string; endDate: string } }
  | { type: 'MeetingConfirmed'; data: { meetingId: string } }
  | { type: 'MeetingHeld'; data: { meetingId: string } }
  | { type: 'MeetingNotesPublished'; data: { meetingId: string } }
  | { type: 'MeetingCancelled'; data: { meetingId: string; reason: string } }
  | { type: 'AgendaSessionAdded'; data: { meetingId: string } & Omit<AgendaSession, 'notes'> }
  | { type: 'ParticipantsRegistered'; data: { meetingId: string; participants: Participant[] } }
  | { type: 'DocumentAttached'; data: { meetingId: string } & MeetingDocument }
  | { type: 'SessionNotesRecorded'; data: { meetingId: string; sessionId: string; notes: string } }
  | { type: 'CommentRecorded'; data: { meetingId: string } & MeetingComment }
  | { type: 'ConclusionRecorded'; data: { meetingId: string } & Conclusion }
  | { type: 'SupportNeedRecorded'; data: { meetingId: string } & SupportNeed }
  | { type: 'ActionItemAssigned'; data: { meetingId: string } & Omit<ActionItem, 'status' | 'completedOn'> }
  | { type: 'ActionItemCompleted'; data: { meetingId: string; actionItemId: string; completedOn: string } };

export type Meeting = MeetingSchedule & {
  status: MeetingStatus;
  cancellationReason?: string;
  sessions: AgendaSession[];
  participants: Participant[];
  documents: MeetingDocument[];
  comments: MeetingComment[];
  conclusions: Conclusion[];
  supportNeeds: SupportNeed[];
  actionItems: ActionItem[];
};

export type MeetingState = { exists: false } | ({ exists: true } & Meeting);

export const initialMeetingState = (): MeetingState => ({ exists: false });

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled') {
    return {
      exists: true,
      ...event.data,
      status: 'planned',
      sessions: [],
      participants: [],
      documents: [],
      comments: [],
      conclusions: [],
      supportNeeds: [],
      actionItems: [],
    };
  }
  if (!state.exists) return state;
  const { meetingId: _meetingId, ...data } = event.data as { meetingId: string } & Record<string, unknown>;
  switch (event.type) {
    case 'MeetingRescheduled':
      return { ...state, startDate: event.data.startDate, endDate: event.data.endDate };
    case 'MeetingConfirmed':
      return { ...state, status: 'confirmed' };
    case 'MeetingHeld':
      return { ...state, status: 'held' };
    case 'MeetingNotesPublished':
      return { ...state, status: 'notes_published' };
    case 'MeetingCancelled':
      return { ...state, status: 'cancelled', cancellationReason: event.data.reason };
    case 'AgendaSessionAdded':
      return { ...state, sessions: [...state.sessions, data as unknown as AgendaSession].sort(bySessionDate) };
    case 'ParticipantsRegistered':
      return { ...state, participants: [...state.participants, ...event.data.participants] };
    case 'DocumentAttached':
      return { ...state, documents: [...state.documents, data as unknown as MeetingDocument] };
    case 'SessionNotesRecorded':
      return {
        ...state,
        sessions: state.sessions.map((session) =>
          session.sessionId === event.data.sessionId ? { ...session, notes: event.data.notes } : session,
        ),
      };
    case 'CommentRecorded':
      return { ...state, comments: [...state.comments, data as unknown as MeetingComment] };
    case 'ConclusionRecorded':
      return { ...state, conclusions: [...state.conclusions, data as unknown as Conclusion] };
    case 'SupportNeedRecorded':
      return { ...state, supportNeeds: [...state.supportNeeds, data as unknown as SupportNeed] };
    case 'ActionItemAssigned':
      return { ...state, actionItems: [...state.actionItems, { ...(data as unknown as ActionItem), status: 'open' }] };
    case 'ActionItemCompleted':
      return {
        ...state,
        actionItems: state.actionItems.map((item) =>
          item.actionItemId === event.data.actionItemId
            ? { ...item, status: 'done', completedOn: event.data.completedOn }
            : item,
        ),
      };
    default:
      return state;
  }
}

function bySessionDate(a: AgendaSession, b: AgendaSession): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** An action item is overdue when it is still open after its due date. */
export function isOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return item.status === 'open' && item.dueDate < today;
}

import { applyDecorators, Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NotAllowed, NotFound } from '@salw/decider';
import { EventStore } from '@salw/event-store';
import {
  assertActsFor,
  assertActsForEach,
  AuthenticatedActor,
  CommandRoute,
  CommandRouteSpec,
  CurrentActor,
  EVENT_STORE,
  loadAggregate,
  Roles,
  Step,
  versioned,
} from '@salw/platform';
import { meetingStream } from '../constants';
import { jurisdictionsNamedBy, MeetingCommand, meetingDecider, RoundFacts } from '../domain/meeting/meeting.decider';
import { MeetingFormat, MeetingState } from '../domain/meeting/meeting.events';
import { roundFactsForLocal, roundFactsForRegional, roundFollowsRegionalMeeting } from './round-facts';
import {
  AddAgendaSessionDto,
  AssignActionItemDto,
  AttachDocumentDto,
  CancelMeetingDto,
  CompleteActionItemDto,
  RecordCommentDto,
  RecordConclusionDto,
  RecordSessionNotesDto,
  RecordSupportNeedDto,
  RegisterParticipantsDto,
  RescheduleMeetingDto,
  ScheduleMeetingDto,
} from './dto/meeting.dto';
import { meetingView } from './meeting-view';

/** Named step of a schedule: what the meeting's rule needs to know of its round (decide stays pure). */
const roundOfSchedule: Step<MeetingCommand> = ({ store, command }) =>
  command.type === 'ScheduleMeeting' && command.roundNumber !== undefined
    ? roundFacts(store, command.kind, command.roundNumber)
    : undefined;

/** Named step of a move: the round of the meeting as it stands. */
const roundOfMeeting: Step<MeetingCommand> = async ({ store, streamId }) => {
  const { state } = await loadAggregate(store, meetingDecider, streamId);
  return state.exists && state.roundNumber !== undefined ? roundFacts(store, state.kind, state.roundNumber) : undefined;
};

function roundFacts(store: EventStore, kind: string, roundNumber: number): Promise<RoundFacts | undefined> | undefined {
  if (kind === 'local_coordination') return roundFactsForLocal(store, roundNumber);
  if (kind === 'regional_coordination') return roundFactsForRegional(store, roundNumber);
  return undefined;
}

/** Check: a ministry edits only the local coordination meetings of its own jurisdiction. */
const ministryMayEdit: Step<MeetingCommand, void> = async ({ store, actor, params, streamId }) => {
  if (actor.role === 'seesac') return;
  const { state } = await loadAggregate(store, meetingDecider, streamId);
  if (!state.exists) throw new NotFound(`No meeting ${params.meetingId}`);
  if (state.kind !== 'local_coordination') throw new NotAllowed(`Only SEESAC edits ${state.kind} meetings`);
  assertActsFor(actor, state.jurisdiction ?? '');
};

/** Check: a ministry attributes nothing to another jurisdiction. */
const namesOnlyOwnJurisdictions: Step<MeetingCommand, void> = ({ actor, command }) =>
  assertActsForEach(actor, jurisdictionsNamedBy(command));

/** After the write: a regional meeting's round follows its date (also on a replayed retry, in case the first try stopped in between). */
const roundFollows: Step<MeetingCommand, void> = async ({ store, streamId, actor }) => {
  const { state } = await loadAggregate(store, meetingDecider, streamId);
  await roundFollowsRegionalMeeting(store, state, actor);
};

/** A meeting command of a SEESAC or ministry (the checks say which meetings a ministry may edit). */
const meetingWrite = (
  route: Pick<CommandRouteSpec<MeetingState, MeetingCommand, never, MeetingCommand>, 'loads' | 'status' | 'after'> & {
    stream?: (command: MeetingCommand) => string;
    creates?: boolean;
  } = {},
) => {
  const { stream, creates, ...rest } = route;
  return applyDecorators(
    Roles('seesac', 'ministry'),
    // The route reads the meeting id from the path itself (no @Param in the method): documented here instead.
    ...(creates
      ? []
      : [
          ApiParam({ name: 'meetingId', type: String, description: 'The meeting (e.g. local-4-pristina, regional-4)' }),
        ]),
    CommandRoute({
      decider: meetingDecider,
      stream: (command: MeetingCommand, { params }) => (stream ? stream(command) : meetingStream(params.meetingId)),
      view: (state) => meetingView(state),
      // A ministry edits only its own local meetings (an existing one: a schedule checks its body instead), and inside
      // its own local meeting too attributes nothing to another jurisdiction.
      checks: creates ? [namesOnlyOwnJurisdictions] : [ministryMayEdit, namesOnlyOwnJurisdictions],
      ...rest,
    }),
  );
};

/**
 * Meetings: SEESAC edits every meeting; a ministry (acting for its SALW Commission) edits only
 * its own jurisdiction's local coordination meetings, naming no other jurisdiction in them; analysts read.
 */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Post()
  @meetingWrite({
    stream: (command) => meetingStream(command.type === 'ScheduleMeeting' ? command.meetingId : ''),
    status: 201,
    creates: true,
    loads: { round: roundOfSchedule },
    after: roundFollows,
  })
  @ApiOperation({
    summary: 'Schedule a meeting',
    description:
      "A local coordination meeting ends before its round's regional meeting (the same day is refused). A regional meeting naming a planned round is refused on or before a local meeting of that round, and the round follows its date.",
  })
  schedule(@Body() body: ScheduleMeetingDto, @CurrentActor() actor: AuthenticatedActor) {
    if (actor.role !== 'seesac') {
      if (body.kind !== 'local_coordination')
        throw new NotAllowed('A ministry schedules only its own local coordination meetings');
      assertActsFor(actor, body.jurisdiction ?? '');
    }
    const { format, ...rest } = body;
    return { type: 'ScheduleMeeting', ...rest, format: formatOf(format) };
  }

  @Get(':meetingId')
  @Roles('seesac', 'ministry', 'analyst', 'donor')
  @ApiOperation({
    summary: 'A meeting with its agenda, participants (share of women), documents, outcomes and action items',
  })
  async read(@Param('meetingId') meetingId: string) {
    const { state, version } = await loadAggregate(this.store, meetingDecider, meetingStream(meetingId));
    if (!state.exists) throw new NotFound(`No meeting ${meetingId}`);
    return versioned(version, meetingView(state));
  }

  @Post(':meetingId/rescheduling')
  @meetingWrite({ loads: { round: roundOfMeeting }, after: roundFollows })
  @ApiOperation({
    summary:
      'Move a planned or confirmed meeting to other dates (same round rule; a moved regional meeting moves its round)',
  })
  reschedule(@Body() body: RescheduleMeetingDto) {
    return { type: 'RescheduleMeeting', ...body };
  }

  @Post(':meetingId/confirmation')
  @meetingWrite()
  @ApiOperation({ summary: 'Confirm a planned meeting' })
  confirm() {
    return { type: 'ConfirmMeeting' };
  }

  @Post(':meetingId/held')
  @meetingWrite()
  @ApiOperation({ summary: 'Record that the meeting was held' })
  held() {
    return { type: 'MarkMeetingHeld' };
  }

  @Post(':meetingId/notes-publication')
  @meetingWrite()
  @ApiOperation({ summary: 'Publish the meeting notes (after the meeting was held)' })
  publishNotes() {
    return { type: 'PublishMeetingNotes' };
  }

  @Post(':meetingId/cancellation')
  @meetingWrite()
  @ApiOperation({ summary: 'Cancel a planned or confirmed meeting' })
  cancel(@Body() body: CancelMeetingDto) {
    return { type: 'CancelMeeting', reason: body.reason };
  }

  @Post(':meetingId/sessions')
  @meetingWrite()
  @ApiOperation({ summary: 'Add an agenda session: day, subject (goals), chair, presenting jurisdictions' })
  addSession(@Body() body: AddAgendaSessionDto) {
    return { type: 'AddAgendaSession', ...body, chair: body.chair ? { ...body.chair } : undefined };
  }

  @Post(':meetingId/participants')
  @meetingWrite()
  @ApiOperation({
    summary:
      'Register participants with organization, role, category (SALW Commission, delegation, partner organization, donor, secretariat) and gender (when recorded)',
  })
  register(@Body() body: RegisterParticipantsDto) {
    return { type: 'RegisterParticipants', participants: body.participants.map((participant) => ({ ...participant })) };
  }

  @Post(':meetingId/documents')
  @meetingWrite()
  @ApiOperation({ summary: 'Attach a document by reference (agenda, list of participants, presentation, …)' })
  attach(@Body() body: AttachDocumentDto) {
    return { type: 'AttachDocument', ...body };
  }

  @Post(':meetingId/session-notes')
  @meetingWrite()
  @ApiOperation({ summary: 'Record the notes of a session' })
  notes(@Body() body: RecordSessionNotesDto) {
    return { type: 'RecordSessionNotes', ...body };
  }

  @Post(':meetingId/comments')
  @meetingWrite()
  @ApiOperation({ summary: 'Record a comment (on a session or the meeting)' })
  comment(@Body() body: RecordCommentDto) {
    return { type: 'RecordComment', ...body };
  }

  @Post(':meetingId/conclusions')
  @meetingWrite()
  @ApiOperation({ summary: 'Record a conclusion of the meeting with its author' })
  conclude(@Body() body: RecordConclusionDto) {
    return { type: 'RecordConclusion', ...body };
  }

  @Post(':meetingId/support-needs')
  @meetingWrite()
  @ApiOperation({
    summary: 'Record a need for support expressed by a jurisdiction or by a partner organization (one of the two)',
  })
  need(@Body() body: RecordSupportNeedDto) {
    return { type: 'RecordSupportNeed', ...body };
  }

  @Post(':meetingId/action-items')
  @meetingWrite()
  @ApiOperation({ summary: 'Assign an action item with owner, jurisdiction, goal and due date' })
  assign(@Body() body: AssignActionItemDto) {
    return { type: 'AssignActionItem', ...body };
  }

  @Post(':meetingId/action-items/:actionItemId/completion')
  @meetingWrite()
  @ApiOperation({ summary: 'Mark an action item done' })
  complete(@Param('actionItemId') actionItemId: string, @Body() body: CompleteActionItemDto) {
    return { type: 'CompleteActionItem', actionItemId, completedOn: body.completedOn };
  }
}

function formatOf(format: ScheduleMeetingDto['format']): MeetingFormat {
  return format.mode === 'online'
    ? { mode: 'online', ...(format.platform ? { platform: format.platform } : {}) }
    : { mode: 'in_person', city: format.city ?? '', ...(format.venue ? { venue: format.venue } : {}) };
}

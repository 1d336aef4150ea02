import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotAllowed, NotFound } from '@salw/decider';
import { EventStore } from '@salw/event-store';
import { assertActsFor, assertActsForEach, AuthenticatedActor, CurrentActor, EVENT_STORE, etagOf, IdempotencyStore, loadAggregate, Roles } from '@salw/platform';
import type { Response } from 'express';
import { meetingStream } from '../constants';
import { jurisdictionsNamedBy, MeetingCommand, meetingDecider, RoundFacts } from '../domain/meeting/meeting.decider';
import { MeetingFormat } from '../domain/meeting/meeting.events';
import { runCommand } from './command-runner';
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

const WRITE_HEADERS = [
  ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the meeting as read: refused with 409 if it changed' }),
  ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key answer the same, once' }),
];
const Write = (status = 200): MethodDecorator => (target, key, descriptor) => {
  for (const decorator of WRITE_HEADERS) decorator(target, key, descriptor);
  Roles('seesac', 'ministry')(target, key, descriptor);
  HttpCode(status)(target, key, descriptor);
};

/**
 * Meetings: SEESAC edits every meeting; a ministry (acting for its SALW Commission) edits only
 * its own jurisdiction's local coordination meetings, naming no other jurisdiction in them; analysts read.
 */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly idempotency: IdempotencyStore,
  ) {}

  @Post()
  @Write(201)
  @ApiOperation({
    summary: 'Schedule a meeting',
    description:
      "A local coordination meeting ends before its round's regional meeting (the same day is refused). A regional meeting naming a planned round is refused on or before a local meeting of that round, and the round follows its date.",
  })
  async schedule(
    @Body() body: ScheduleMeetingDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (actor.role !== 'seesac') {
      if (body.kind !== 'local_coordination') throw new NotAllowed('A ministry schedules only its own local coordination meetings');
      assertActsFor(actor, body.jurisdiction ?? '');
    }
    const round = body.roundNumber === undefined ? undefined : await this.roundFacts(body.kind, body.roundNumber);
    const { format, ...rest } = body;
    const command: MeetingCommand = { type: 'ScheduleMeeting', ...rest, format: formatOf(format), round };
    assertActsForEach(actor, jurisdictionsNamedBy(command));
    const view = await runCommand(this.store, this.idempotency, meetingDecider, meetingStream(body.meetingId), command, { actor, ifMatch, idempotencyKey, response, body, status: 201 }, meetingView);
    await this.roundFollows(body.meetingId, actor);
    return view;
  }

  @Get(':meetingId')
  @Roles('seesac', 'ministry', 'analyst', 'donor')
  @ApiOperation({ summary: 'A meeting with its agenda, participants (share of women), documents, outcomes and action items' })
  async read(@Param('meetingId') meetingId: string, @Res({ passthrough: true }) response: Response) {
    const { state, version } = await loadAggregate(this.store, meetingDecider, meetingStream(meetingId));
    if (!state.exists) throw new NotFound(`No meeting ${meetingId}`);
    response.setHeader('ETag', etagOf(version));
    return meetingView(state);
  }

  @Post(':meetingId/rescheduling')
  @Write()
  @ApiOperation({ summary: 'Move a planned or confirmed meeting to other dates (same round rule; a moved regional meeting moves its round)' })
  async reschedule(@Param('meetingId') id: string, @Body() body: RescheduleMeetingDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    const { state } = await loadAggregate(this.store, meetingDecider, meetingStream(id));
    const round = state.exists && state.roundNumber !== undefined ? await this.roundFacts(state.kind, state.roundNumber) : undefined;
    const view = await this.write(id, { type: 'RescheduleMeeting', ...body, round }, a, m, k, r, body);
    await this.roundFollows(id, a);
    return view;
  }

  @Post(':meetingId/confirmation')
  @Write()
  @ApiOperation({ summary: 'Confirm a planned meeting' })
  confirm(@Param('meetingId') id: string, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'ConfirmMeeting' }, a, m, k, r, {});
  }

  @Post(':meetingId/held')
  @Write()
  @ApiOperation({ summary: 'Record that the meeting was held' })
  held(@Param('meetingId') id: string, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'MarkMeetingHeld' }, a, m, k, r, {});
  }

  @Post(':meetingId/notes-publication')
  @Write()
  @ApiOperation({ summary: 'Publish the meeting notes (after the meeting was held)' })
  publishNotes(@Param('meetingId') id: string, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'PublishMeetingNotes' }, a, m, k, r, {});
  }

  @Post(':meetingId/cancellation')
  @Write()
  @ApiOperation({ summary: 'Cancel a planned or confirmed meeting' })
  cancel(@Param('meetingId') id: string, @Body() body: CancelMeetingDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'CancelMeeting', reason: body.reason }, a, m, k, r, body);
  }

  @Post(':meetingId/sessions')
  @Write()
  @ApiOperation({ summary: 'Add an agenda session: day, subject (goals), chair, presenting jurisdictions' })
  addSession(@Param('meetingId') id: string, @Body() body: AddAgendaSessionDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'AddAgendaSession', ...body, chair: body.chair ? { ...body.chair } : undefined }, a, m, k, r, body);
  }

  @Post(':meetingId/participants')
  @Write()
  @ApiOperation({ summary: 'Register participants with organization, role, category (SALW Commission, delegation, partner organization, donor, secretariat) and gender (when recorded)' })
  register(@Param('meetingId') id: string, @Body() body: RegisterParticipantsDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'RegisterParticipants', participants: body.participants.map((participant) => ({ ...participant })) }, a, m, k, r, body);
  }

  @Post(':meetingId/documents')
  @Write()
  @ApiOperation({ summary: 'Attach a document by reference (agenda, list of participants, presentation, …)' })
  attach(@Param('meetingId') id: string, @Body() body: AttachDocumentDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'AttachDocument', ...body }, a, m, k, r, body);
  }

  @Post(':meetingId/session-notes')
  @Write()
  @ApiOperation({ summary: 'Record the notes of a session' })
  notes(@Param('meetingId') id: string, @Body() body: RecordSessionNotesDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'RecordSessionNotes', ...body }, a, m, k, r, body);
  }

  @Post(':meetingId/comments')
  @Write()
  @ApiOperation({ summary: 'Record a comment (on a session or the meeting)' })
  comment(@Param('meetingId') id: string, @Body() body: RecordCommentDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'RecordComment', ...body }, a, m, k, r, body);
  }

  @Post(':meetingId/conclusions')
  @Write()
  @ApiOperation({ summary: 'Record a conclusion of the meeting with its author' })
  conclude(@Param('meetingId') id: string, @Body() body: RecordConclusionDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'RecordConclusion', ...body }, a, m, k, r, body);
  }

  @Post(':meetingId/support-needs')
  @Write()
  @ApiOperation({ summary: 'Record a need for support expressed by a jurisdiction or by a partner organization (one of the two)' })
  need(@Param('meetingId') id: string, @Body() body: RecordSupportNeedDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'RecordSupportNeed', ...body }, a, m, k, r, body);
  }

  @Post(':meetingId/action-items')
  @Write()
  @ApiOperation({ summary: 'Assign an action item with owner, jurisdiction, goal and due date' })
  assign(@Param('meetingId') id: string, @Body() body: AssignActionItemDto, @CurrentActor() a: AuthenticatedActor, @Headers('if-match') m: string | undefined, @Headers('idempotency-key') k: string | undefined, @Res({ passthrough: true }) r: Response) {
    return this.write(id, { type: 'AssignActionItem', ...body }, a, m, k, r, body);
  }

  @Post(':meetingId/action-items/:actionItemId/completion')
  @Write()
  @ApiOperation({ summary: 'Mark an action item done' })
  complete(
    @Param('meetingId') id: string,
    @Param('actionItemId') actionItemId: string,
    @Body() body: CompleteActionItemDto,
    @CurrentActor() a: AuthenticatedActor,
    @Headers('if-match') m: string | undefined,
    @Headers('idempotency-key') k: string | undefined,
    @Res({ passthrough: true }) r: Response,
  ) {
    return this.write(id, { type: 'CompleteActionItem', actionItemId, completedOn: body.completedOn }, a, m, k, r, { actionItemId, ...body });
  }

  private async write(
    meetingId: string,
    command: MeetingCommand,
    actor: AuthenticatedActor,
    ifMatch: string | undefined,
    idempotencyKey: string | undefined,
    response: Response,
    body: unknown,
  ) {
    if (actor.role !== 'seesac') await this.assertMinistryMayEdit(actor, meetingId);
    // Inside its own local meeting too, a ministry attributes nothing to another jurisdiction.
    assertActsForEach(actor, jurisdictionsNamedBy(command));
    return runCommand(this.store, this.idempotency, meetingDecider, meetingStream(meetingId), command, { actor, ifMatch, idempotencyKey, response, body }, meetingView);
  }

  /** What a local or regional meeting's scheduling needs to know of its round (decide stays pure). */
  private async roundFacts(kind: string, roundNumber: number): Promise<RoundFacts | undefined> {
    if (kind === 'local_coordination') return roundFactsForLocal(this.store, roundNumber);
    if (kind === 'regional_coordination') return roundFactsForRegional(this.store, roundNumber);
    return undefined;
  }

  /** A regional meeting's round follows its date (also on a replayed retry, in case the first try stopped in between). */
  private async roundFollows(meetingId: string, actor: AuthenticatedActor): Promise<void> {
    const { state } = await loadAggregate(this.store, meetingDecider, meetingStream(meetingId));
    await roundFollowsRegionalMeeting(this.store, state, actor);
  }

  /** A ministry edits only the local coordination meetings of its own jurisdiction. */
  private async assertMinistryMayEdit(actor: AuthenticatedActor, meetingId: string): Promise<void> {
    const { state } = await loadAggregate(this.store, meetingDecider, meetingStream(meetingId));
    if (!state.exists) throw new NotFound(`No meeting ${meetingId}`);
    if (state.kind !== 'local_coordination') throw new NotAllowed(`Only SEESAC edits ${state.kind} meetings`);
    assertActsFor(actor, state.jurisdiction ?? '');
  }
}

function formatOf(format: ScheduleMeetingDto['format']): MeetingFormat {
  return format.mode === 'online'
    ? { mode: 'online', ...(format.platform ? { platform: format.platform } : {}) }
    : { mode: 'in_person', city: format.city ?? '', ...(format.venue ? { venue: format.venue } : {}) };
}

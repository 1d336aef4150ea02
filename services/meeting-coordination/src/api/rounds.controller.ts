import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFound, StateConflict } from '@salw/decider';
import { EventStore } from '@salw/event-store';
import {
  ApiProblem,
  ApiRoundNumberParam,
  AuthenticatedActor,
  CommandRoute,
  CurrentActor,
  EVENT_STORE,
  loadAggregate,
  Roles,
  RoundNumberPipe,
  Step,
  versioned,
} from '@salw/platform';
import { meetingStream, roundStream } from '../constants';
import { meetingDecider } from '../domain/meeting/meeting.decider';
import {
  CoordinationRoundCommand,
  coordinationRoundDecider,
} from '../domain/coordination-round/coordination-round.decider';
import { CoordinationRoundState } from '../domain/coordination-round/coordination-round.events';
import { MeetingQueries } from '../read-models/meetings/meeting-queries.service';
import { ReadinessQueries } from '../read-models/readiness/readiness.queries';
import { localMeetingsOfRound } from './round-facts';
import { PlanCoordinationRoundDto, SetRegionalMeetingDateDto } from './dto/meeting.dto';

const roundView = (state: CoordinationRoundState) => state;

/** Named step: the round's local meetings other than cancelled ones (from the event store: one scheduled a moment ago counts). */
const localMeetings: Step<CoordinationRoundCommand> = ({ store, params }) =>
  localMeetingsOfRound(store, Number(params.roundNumber));

/** Named step: the regional meeting the body names, unless it does not exist or was cancelled. */
const regionalMeeting: Step<CoordinationRoundCommand> = async ({ store, command }) => {
  if (command.type !== 'SetRegionalMeetingDate') return undefined;
  const { state: meeting } = await loadAggregate(store, meetingDecider, meetingStream(command.regionalMeetingId));
  return meeting.exists && meeting.status !== 'cancelled' ? { startDate: meeting.startDate } : undefined;
};

/** Rounds of local coordination meetings and the regional meeting each prepares (SEESAC plans them). */
@ApiTags('coordination rounds')
@ApiBearerAuth()
@Controller()
export class RoundsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly meetings: MeetingQueries,
    private readonly readiness: ReadinessQueries,
  ) {}

  @Post('coordination-rounds')
  @Roles('seesac')
  @CommandRoute({
    decider: coordinationRoundDecider,
    stream: (command: CoordinationRoundCommand) =>
      roundStream(command.type === 'PlanCoordinationRound' ? command.roundNumber : 0),
    view: roundView,
    status: 201,
  })
  @ApiOperation({
    summary: 'Plan a coordination round (optionally with its regional meeting date and reporting period)',
  })
  plan(@Body() body: PlanCoordinationRoundDto) {
    return { type: 'PlanCoordinationRound', ...body };
  }

  @Post('coordination-rounds/:roundNumber/regional-meeting')
  @ApiRoundNumberParam('roundNumber')
  @Roles('seesac')
  @CommandRoute({
    decider: coordinationRoundDecider,
    stream: (_, { params }) => roundStream(Number(params.roundNumber)),
    view: roundView,
    loads: { localMeetings, regionalMeeting },
  })
  @ApiOperation({
    summary: 'Set (or move) the regional meeting the round prepares',
    description:
      'Refused (400) on or before the day a local meeting of the round ends. Once the regional meeting is scheduled as a meeting, the round follows it: move the meeting instead (409 here if the dates differ).',
  })
  setRegional(@Param('roundNumber', RoundNumberPipe) _roundNumber: number, @Body() body: SetRegionalMeetingDateDto) {
    return { type: 'SetRegionalMeetingDate', ...body };
  }

  @Get('coordination-rounds/:roundNumber')
  @ApiRoundNumberParam('roundNumber')
  @Roles('seesac', 'ministry', 'analyst', 'donor')
  @ApiOperation({
    summary: 'A round: its regional meeting, which jurisdictions have scheduled their local meeting and which have not',
  })
  async read(@Param('roundNumber', RoundNumberPipe) roundNumber: number) {
    const { state, version } = await loadAggregate(this.store, coordinationRoundDecider, roundStream(roundNumber));
    if (!state.planned) throw new NotFound(`No coordination round ${roundNumber}`);
    // The ETag is the round's version (for If-Match on the round's writes), but the answer also lists the local
    // meetings, which change without the round: no cache may keep it and revalidate by that ETag (the console was
    // answered 304 and kept showing a jurisdiction as not scheduled).
    return versioned(
      version,
      { ...state, ...(await this.meetings.localMeetingsOfRound(roundNumber)) },
      { 'Cache-Control': 'no-store' },
    );
  }

  @Get('coordination-rounds/:roundNumber/readiness')
  @ApiRoundNumberParam('roundNumber')
  @Roles('seesac', 'ministry', 'analyst', 'donor')
  @ApiOperation({
    summary:
      "Readiness of the round regional meeting: reports submitted / accepted / returned per jurisdiction (from the report events); return comments only for SEESAC and the jurisdiction's ministry",
    description:
      "One numbering of rounds: the period is that of report-intake's reporting round of the same number (else the one the round was planned with); reports submitted for another round never count. Without any period, only reports submitted for this round count, and periodNote says so.",
  })
  async readinessOf(
    @Param('roundNumber', RoundNumberPipe) roundNumber: number,
    @CurrentActor() reader: AuthenticatedActor,
  ) {
    const { state } = await loadAggregate(this.store, coordinationRoundDecider, roundStream(roundNumber));
    if (!state.planned) throw new NotFound(`No coordination round ${roundNumber}`);
    return this.readiness.forRound(state, reader);
  }

  @Get('meetings/:meetingId/readiness')
  @Roles('seesac', 'ministry', 'analyst', 'donor')
  @ApiOperation({
    summary:
      "Readiness of a regional meeting: the readiness of the round it concludes (return comments only for SEESAC and the jurisdiction's ministry)",
  })
  @ApiProblem(409, 'The meeting is not the regional coordination meeting of a round')
  async readinessOfMeeting(@Param('meetingId') meetingId: string, @CurrentActor() reader: AuthenticatedActor) {
    const { state: meeting } = await loadAggregate(this.store, meetingDecider, meetingStream(meetingId));
    if (!meeting.exists) throw new NotFound(`No meeting ${meetingId}`);
    if (meeting.kind !== 'regional_coordination' || meeting.roundNumber === undefined) {
      throw new StateConflict(`Meeting ${meetingId} is not a regional coordination meeting of a round`);
    }
    return this.readinessOf(meeting.roundNumber, reader);
  }

  @Get('cadence')
  @Roles('seesac', 'ministry', 'analyst', 'donor')
  @ApiOperation({
    summary: 'Twice-a-year cadence: the latest round, when the next is due, who has not scheduled a local meeting',
  })
  cadence() {
    return this.meetings.cadence();
  }
}

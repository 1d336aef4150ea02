import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InvalidInput, NotFound } from '@salw/decider';
import { Roles } from '@salw/platform';
import { MeetingQueries } from './meeting-queries.service';

/** What wholeNumber (below) accepts, for the OpenAPI document. */
const WHOLE_NUMBER = { type: 'integer', minimum: 0 } as const;

const READERS = ['seesac', 'ministry', 'analyst', 'donor'] as const;

/** Read models across meetings: the list, gender shares per meeting and per year, action items. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller()
export class MeetingQueriesController {
  constructor(private readonly queries: MeetingQueries) {}

  @Get('meetings')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Meetings, filtered by kind, year, round or jurisdiction, ordered by date' })
  @ApiQuery({ name: 'kind', required: false, example: 'local_coordination' })
  @ApiQuery({ name: 'year', required: false, example: 2019, schema: WHOLE_NUMBER })
  @ApiQuery({ name: 'roundNumber', required: false, example: 2, schema: WHOLE_NUMBER })
  @ApiQuery({ name: 'jurisdiction', required: false, example: 'skopje' })
  list(
    @Query('kind') kind?: string,
    @Query('year') year?: string,
    @Query('roundNumber') roundNumber?: string,
    @Query('jurisdiction') jurisdiction?: string,
  ) {
    return this.queries.list({
      kind,
      year: wholeNumber('year', year),
      roundNumber: wholeNumber('roundNumber', roundNumber),
      jurisdiction,
    });
  }

  @Get('meetings/:meetingId/gender-share')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Share of women among the participants whose gender is recorded ("no data" when none is)' })
  async genderShareOfMeeting(@Param('meetingId') meetingId: string) {
    const share = await this.queries.genderShareOfMeeting(meetingId);
    if (!share) throw new NotFound(`No meeting ${meetingId}`);
    return share;
  }

  @Get('gender-share/:year')
  @ApiParam({ name: 'year', schema: { type: 'integer' } })
  @Roles(...READERS)
  @ApiOperation({ summary: 'Share of women over the meetings of a year' })
  genderShareOfYear(@Param('year', ParseIntPipe) year: number) {
    return this.queries.genderShareOfYear(year);
  }

  @Get('action-items')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Action items across meetings; overdue = still open after the due date' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'done'] })
  @ApiQuery({ name: 'jurisdiction', required: false, example: 'podgorica' })
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiQuery({
    name: 'asOf',
    required: false,
    example: '2021-01-31',
    description: 'Day to judge overdue items on (today by default)',
    schema: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
  })
  actionItems(
    @Query('status') status?: string,
    @Query('jurisdiction') jurisdiction?: string,
    @Query('overdue') overdue?: string,
    @Query('asOf') asOf?: string,
  ) {
    const problems = [];
    if (status !== undefined && !['open', 'done'].includes(status))
      problems.push({ path: 'query.status', message: 'must be open or done' });
    if (overdue !== undefined && !['true', 'false'].includes(overdue))
      problems.push({ path: 'query.overdue', message: 'must be true or false' });
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      problems.push({ path: 'query.asOf', message: 'must be a date YYYY-MM-DD' });
    if (problems.length > 0) throw new InvalidInput(problems);
    return this.queries.actionItems({
      status,
      jurisdiction,
      overdue: overdue === undefined ? undefined : overdue === 'true',
      asOf,
    });
  }
}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new InvalidInput([{ path: `query.${name}`, message: 'must be a whole number' }]);
  return Number(value);
}

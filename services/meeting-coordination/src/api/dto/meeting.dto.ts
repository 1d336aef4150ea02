import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FIRST_REPORT_YEAR, LAST_YEAR, MAX_ROUND_NUMBER, REPORT_YEAR_PATTERN } from '@salw/decider';
import { CalendarDate } from '@salw/platform';
import { JURISDICTIONS } from '../../domain/jurisdictions';
import { DOCUMENT_KINDS, GENDERS, MEETING_KINDS, PARTICIPANT_CATEGORIES } from '../../domain/meeting/meeting.events';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const slugMessage = 'must be lowercase letters, digits and dashes';

const formatFields = {
  venue: { type: 'string', maxLength: 300, nullable: true },
  platform: { type: 'string', maxLength: 200, nullable: true },
};
const city = { type: 'string', minLength: 1, maxLength: 200 };

export class MeetingFormatDto {
  /** The city rule between fields (ValidateIf below) said in the document: in person needs its city, online may name one. */
  static openApiSchema = {
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['mode', 'city'],
        properties: { mode: { type: 'string', enum: ['in_person'] }, city, ...formatFields },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['mode'],
        properties: { mode: { type: 'string', enum: ['online'] }, city, ...formatFields },
      },
    ],
  };

  @ApiProperty({ enum: ['in_person', 'online'], example: 'in_person' }) @IsIn(['in_person', 'online']) mode:
    'in_person' | 'online';
  // Required in person: checked here, with the other shape rules, so one 400 names it beside them.
  @ApiPropertyOptional({ example: 'Tirana', description: 'Required in person', maxLength: 200 })
  @ValidateIf((format: MeetingFormatDto) => format.mode === 'in_person' || format.city !== undefined)
  @IsString({ message: 'an in-person meeting needs its city' })
  @IsNotEmpty()
  @MaxLength(200)
  city?: string;
  @ApiPropertyOptional({ example: 'Hotel Tirana International' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  venue?: string;
  @ApiPropertyOptional({ example: 'Zoom' }) @IsOptional() @IsString() @MaxLength(200) platform?: string;
}

/** The kinds with no field of their own to give (a local or a regional coordination meeting has). */
const OTHER_KINDS = MEETING_KINDS.filter((kind) => kind !== 'local_coordination' && kind !== 'regional_coordination');

export class ScheduleMeetingDto {
  /**
   * The decider's rules per kind, said where the document can: a local coordination meeting belongs to a jurisdiction
   * and a numbered round, a regional one is numbered.
   */
  static openApiRules = {
    oneOf: [
      {
        required: ['jurisdiction', 'roundNumber'],
        properties: {
          kind: { type: 'string', enum: ['local_coordination'] },
          jurisdiction: { type: 'string' },
          roundNumber: { type: 'integer' },
        },
      },
      {
        required: ['number'],
        properties: { kind: { type: 'string', enum: ['regional_coordination'] }, number: { type: 'integer' } },
      },
      { properties: { kind: { type: 'string', enum: OTHER_KINDS } } },
    ],
  };

  @ApiProperty({ example: 'local-2-skopje', description: 'Chosen by the caller: lowercase letters, digits, dashes' })
  @Matches(SLUG, { message: slugMessage })
  meetingId: string;
  @ApiProperty({ enum: MEETING_KINDS, example: 'local_coordination' })
  @IsIn(MEETING_KINDS)
  kind: (typeof MEETING_KINDS)[number];
  @ApiProperty({ example: 'Second Roadmap Local Coordination Meeting, Skopje' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;
  @ApiPropertyOptional({
    example: 2,
    minimum: 1,
    maximum: MAX_ROUND_NUMBER,
    description: 'Number of a regional coordination meeting (2nd, 4th, …)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  number?: number;
  @ApiPropertyOptional({
    example: 2,
    minimum: 1,
    maximum: MAX_ROUND_NUMBER,
    description: 'The coordination round a local meeting belongs to, or a regional meeting concludes',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  roundNumber?: number;
  @ApiPropertyOptional({
    enum: JURISDICTIONS,
    example: 'skopje',
    description: 'Required for a local coordination meeting',
  })
  @IsOptional()
  @IsIn(JURISDICTIONS)
  jurisdiction?: string;
  @ApiProperty({ type: MeetingFormatDto }) @ValidateNested() @Type(() => MeetingFormatDto) format: MeetingFormatDto;
  @ApiProperty({ example: '2019-10-29' }) @CalendarDate() startDate: string;
  @ApiPropertyOptional({ example: '2019-10-29', description: 'Last day; the start date when absent' })
  @IsOptional()
  @CalendarDate()
  endDate?: string;
}

export class RescheduleMeetingDto {
  @ApiProperty({ example: '2019-11-05' }) @CalendarDate() startDate: string;
  @ApiPropertyOptional({ example: '2019-11-05', description: 'Last day; the start date when absent' })
  @IsOptional()
  @CalendarDate()
  endDate?: string;
}

export class CancelMeetingDto {
  @ApiProperty({ example: 'Postponed because of the COVID-19 pandemic' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class ChairDto {
  @ApiProperty({ example: 'Alain Lapon' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: 'SEESAC' }) @IsString() @IsNotEmpty() @MaxLength(300) organization: string;
  @ApiPropertyOptional({ example: 'Chief Technical Adviser' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  position?: string;
}

export class AddAgendaSessionDto {
  @ApiProperty({ example: 'session-2' }) @Matches(SLUG, { message: slugMessage }) sessionId: string;
  @ApiProperty({ example: '2020-11-25' }) @CalendarDate() date: string;
  @ApiProperty({ example: 'Implementation of Goal 1&2 of the Roadmap – progress, challenges, plans' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;
  @ApiProperty({ example: [1, 2], description: 'Roadmap goals (1..7) the session covers' })
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  goals: number[];
  @ApiPropertyOptional({ type: ChairDto }) @IsOptional() @ValidateNested() @Type(() => ChairDto) chair?: ChairDto;
  @ApiProperty({ example: ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana'] })
  @IsArray()
  @IsIn(JURISDICTIONS, { each: true })
  presentingJurisdictions: string[];
}

export class ParticipantDto {
  @ApiProperty({ example: 'p-001' }) @Matches(SLUG, { message: slugMessage }) participantId: string;
  @ApiProperty({ example: 'Mladen Markovic' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ example: 'SALW Commission' }) @IsString() @IsNotEmpty() @MaxLength(300) organization: string;
  @ApiProperty({ example: 'President of the SALW Commission' }) @IsString() @IsNotEmpty() @MaxLength(300) role: string;
  @ApiPropertyOptional({ enum: GENDERS, example: 'female', description: 'Absent when not recorded' })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: (typeof GENDERS)[number];
  @ApiPropertyOptional({ enum: JURISDICTIONS, example: 'podgorica' })
  @IsOptional()
  @IsIn(JURISDICTIONS)
  jurisdiction?: string;
  @ApiProperty({
    enum: PARTICIPANT_CATEGORIES,
    example: 'salw_commission',
    description:
      'Who the participant attends for: a SALW Commission, another institution of a jurisdiction (jurisdiction_delegation), a partner organization, a donor, or SEESAC (secretariat)',
  })
  @IsIn(PARTICIPANT_CATEGORIES)
  category: (typeof PARTICIPANT_CATEGORIES)[number];
}

export class RegisterParticipantsDto {
  @ApiProperty({ type: [ParticipantDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  participants: ParticipantDto[];
}

export class AttachDocumentDto {
  @ApiProperty({ example: 'agenda' }) @Matches(SLUG, { message: slugMessage }) documentId: string;
  @ApiProperty({ enum: DOCUMENT_KINDS, example: 'agenda' }) @IsIn(DOCUMENT_KINDS) kind: (typeof DOCUMENT_KINDS)[number];
  @ApiProperty({ example: 'Agenda of the 4th Regional Roadmap Coordination Meeting' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;
  @ApiProperty({
    example: 'https://www.seesac.org/f/docs/Roadmap/agenda-4th-regional.pdf',
    description: 'Where the document is kept (by reference)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reference: string;
}

export class RecordSessionNotesDto {
  @ApiProperty({ example: 'session-2' }) @Matches(SLUG, { message: slugMessage }) sessionId: string;
  @ApiProperty({ example: 'The SALW Commissions presented progress under goals 1 and 2.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50_000)
  notes: string;
}

export class RecordCommentDto {
  @ApiPropertyOptional({ example: 'session-5' })
  @IsOptional()
  @Matches(SLUG, { message: slugMessage })
  sessionId?: string;
  @ApiProperty({ example: 'Sabina Beber Bostjancic' }) @IsString() @IsNotEmpty() @MaxLength(200) author: string;
  @ApiPropertyOptional({ example: 'ITF Enhancing Human Security' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  organization?: string;
  @ApiProperty({ example: 'Called for closer coordination among international stakeholders.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  text: string;
}

export class RecordConclusionDto {
  @ApiProperty({
    example:
      'Harmonizing legislation is a key component of the Roadmap; the progress achieved under Goal 1 is applauded.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  text: string;
  @ApiProperty({ example: 'Albrecht von Wittke', description: 'Who drew the conclusion' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  author: string;
  @ApiPropertyOptional({ example: 'Federal Foreign Office, Germany' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  organization?: string;
}

export class RecordSupportNeedDto {
  @ApiPropertyOptional({
    enum: JURISDICTIONS,
    example: 'pristina',
    description: 'The jurisdiction that needs support; give this or organization',
  })
  @IsOptional()
  @IsIn(JURISDICTIONS)
  jurisdiction?: string;
  @ApiPropertyOptional({
    example: 'UNODC',
    description:
      "The partner organization that needs support, when it is not a jurisdiction's need; give this or jurisdiction",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  organization?: string;
  @ApiPropertyOptional({ example: 6 }) @IsOptional() @IsInt() @Min(1) @Max(7) goal?: number;
  @ApiProperty({ example: 'Capacity building and training of inspectors' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description: string;
}

export class AssignActionItemDto {
  @ApiProperty({ example: 'ai-1' }) @Matches(SLUG, { message: slugMessage }) actionItemId: string;
  @ApiProperty({ example: 'Share the draft Law on weapons with the European Commission' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description: string;
  @ApiProperty({ example: 'SALW Commission Podgorica' }) @IsString() @IsNotEmpty() @MaxLength(300) owner: string;
  @ApiPropertyOptional({ enum: JURISDICTIONS, example: 'podgorica' })
  @IsOptional()
  @IsIn(JURISDICTIONS)
  jurisdiction?: string;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(1) @Max(7) goal?: number;
  @ApiProperty({ example: '2021-03-31' }) @CalendarDate() dueDate: string;
}

export class CompleteActionItemDto {
  @ApiProperty({ example: '2021-03-15' }) @CalendarDate() completedOn: string;
}

export class PlanCoordinationRoundDto {
  @ApiProperty({ example: 2, minimum: 1, maximum: MAX_ROUND_NUMBER })
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  roundNumber: number;
  @ApiPropertyOptional({ example: 'Second Roadmap Local Coordination Meetings' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  label?: string;
  @ApiPropertyOptional({
    example: '2019-H1',
    description: 'Reporting period the regional meeting takes stock of: a year or a half-year',
  })
  @IsOptional()
  @Matches(new RegExp(`^${REPORT_YEAR_PATTERN}(-H[12])?$`), {
    message: `must be a year (2020) or a half-year (2020-H1, 2020-H2) from ${FIRST_REPORT_YEAR} to ${LAST_YEAR}`,
  })
  reportingPeriod?: string;
  @ApiPropertyOptional({ example: 'regional-2' })
  @IsOptional()
  @Matches(SLUG, { message: slugMessage })
  regionalMeetingId?: string;
  @ApiPropertyOptional({ example: '2019-11-20' }) @IsOptional() @CalendarDate() regionalMeetingDate?: string;
}

export class SetRegionalMeetingDateDto {
  @ApiProperty({ example: 'regional-2' }) @Matches(SLUG, { message: slugMessage }) regionalMeetingId: string;
  @ApiProperty({ example: '2019-11-20' }) @CalendarDate() regionalMeetingDate: string;
}

import 'reflect-metadata';
import { Controller, Get, Query } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { portablePattern, withPlatformAnswers } from './openapi';
import { NO_NUL_PATTERN } from './openapi-strings';
import { queryDtosOf, withValidationRules } from './openapi-validation';

class MeetingNoteDto {
  @IsString()
  @MaxLength(200)
  title: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  round?: number;

  @IsIn(['online', 'in_person'])
  format: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day: string;

  @IsString({ each: true })
  @MaxLength(50, { each: true })
  @ArrayMaxSize(3)
  tags: string[];
}

/** A rule between two fields, said beside the generated properties (as a decider's "a rejection needs its reason"). */
class DecisionDto {
  static openApiRules = {
    oneOf: [
      { properties: { decision: { enum: ['approve'] } } },
      { required: ['reason'], properties: { decision: { enum: ['reject'] } } },
    ],
  };

  @IsIn(['approve', 'reject'])
  decision: string;

  @IsOptional()
  @IsString()
  reason?: string;
}

// Two query classes with the same property names and different rules, each on its own route.
class MeetingListQuery {
  @IsOptional()
  @IsIn(['planned', 'held', 'cancelled'])
  status?: string;
}
class NoteListQuery {
  @IsIn(['draft', 'final'])
  status: string;
}
@Controller('meetings')
class MeetingsController {
  @Get()
  meetings(@Query() query: MeetingListQuery) {
    return query;
  }
  @Get('notes')
  notes(@Query() query: NoteListQuery) {
    return query;
  }
}

const statusParameter = () => [
  { name: 'status', in: 'query' as const, required: false, schema: { type: 'string' as const } },
];
const listsDocument = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/meetings': { get: { operationId: 'MeetingsController_meetings', parameters: statusParameter(), responses: {} } },
    '/meetings/notes': {
      get: { operationId: 'MeetingsController_notes', parameters: statusParameter(), responses: {} },
    },
  },
});

const document = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/meetings/{id}/notes': {
      post: {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } },
        ],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/MeetingNoteDto' } } } },
        responses: { 200: { description: 'the meeting' } },
        security: [{ bearer: [] }],
      },
      get: {
        parameters: [{ name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } }],
        responses: { 200: { description: 'the notes' } },
        security: [{ bearer: [] }],
      },
    },
    '/health/live': { get: { responses: { 200: { description: 'up' } } } },
  },
  components: {
    schemas: {
      // Named as Nest's swagger names a DTO's schema: by its class.
      [MeetingNoteDto.name]: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          round: { type: 'number' },
          format: { type: 'string' },
          day: { type: 'string' },
          tags: { type: 'array', items: { type: 'string' } },
          undocumentedByRules: { type: 'string' },
        },
        required: ['title', 'round'],
      },
    },
  },
});

describe('OpenAPI documents say what the validation enforces', () => {
  it('gives a DTO schema the keywords of its class-validator rules, its required fields and no other properties', () => {
    const schema = withValidationRules(document()).components!.schemas!.MeetingNoteDto as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.properties.title).toEqual({ type: 'string', maxLength: 200, pattern: NO_NUL_PATTERN });
    expect(schema.properties.round).toEqual({ type: 'integer', minimum: 1, nullable: true });
    expect(schema.properties.format).toEqual({ type: 'string', enum: ['online', 'in_person'] });
    expect(schema.properties.day).toEqual({ type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
    expect(schema.properties.tags).toEqual({
      type: 'array',
      maxItems: 3,
      items: { type: 'string', maxLength: 50, pattern: NO_NUL_PATTERN },
    });
    expect(schema.properties.undocumentedByRules).toBeUndefined();
    expect([...schema.required].sort()).toEqual(['day', 'format', 'tags', 'title']);
    expect(schema.additionalProperties).toBe(false);
  });

  it("adds a DTO's rules between fields (openApiRules) beside its generated schema, a copy each time", () => {
    const withDecision = (): OpenAPIObject => {
      const base = document();
      base.components!.schemas!.DecisionDto = {
        type: 'object',
        properties: { decision: { type: 'string' }, reason: { type: 'string' } },
      };
      base.paths['/decisions'] = {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/DecisionDto' } } } },
          responses: {},
        },
      };
      return base;
    };
    const schema = withValidationRules(withDecision()).components!.schemas!.DecisionDto as Record<string, unknown>;
    expect(schema).toMatchObject({
      required: ['decision'],
      additionalProperties: false,
      oneOf: DecisionDto.openApiRules.oneOf,
    });
    expect(schema.oneOf).not.toBe(DecisionDto.openApiRules.oneOf);
    expect(withValidationRules(withDecision()).components!.schemas!.DecisionDto).toEqual(schema);
  });

  it("adds the platform's answers where they can happen, with the Problem body", () => {
    const described = withPlatformAnswers(document());
    const write = described.paths['/meetings/{id}/notes'].post!;
    expect(Object.keys(write.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '422',
      '429',
    ]);
    expect(write.responses[400]).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
    expect(Object.keys(described.paths['/health/live'].get!.responses).sort()).toEqual(['200', '429']);
    expect(described.components!.schemas!.Problem).toBeDefined();
  });

  it('documents the write headers with what the platform accepts, on writes only', () => {
    const described = withPlatformAnswers(document());
    const key = described.paths['/meetings/{id}/notes'].post!.parameters!.find(
      (p) => 'name' in p && p.name === 'Idempotency-Key',
    );
    expect(key).toMatchObject({ schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' } });
    expect(described.paths['/meetings/{id}/notes'].get!.parameters).toEqual([]);
  });

  it("documents each route's query parameters with the rules of that route's own @Query() class", () => {
    const described = withValidationRules(listsDocument(), queryDtosOf([MeetingsController]));
    const status = (path: string) => described.paths[path].get!.parameters![0];
    expect(status('/meetings')).toEqual({
      name: 'status',
      in: 'query',
      required: false,
      schema: { type: 'string', enum: ['planned', 'held', 'cancelled'] },
    });
    expect(status('/meetings/notes')).toEqual({
      name: 'status',
      in: 'query',
      required: true,
      schema: { type: 'string', enum: ['draft', 'final'] },
    });
  });

  it('writes JS digit classes so that other regex engines match the same strings', () => {
    expect(portablePattern(/^(20\d{2})(?:-(H1|H2))?$/)).toBe('^(20[0-9]{2})(?:-(H1|H2))?$');
    expect(portablePattern(/^[\d.]+\\d$/)).toBe('^[0-9.]+\\\\d$');
  });
});

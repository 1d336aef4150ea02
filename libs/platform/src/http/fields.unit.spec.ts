import 'reflect-metadata';
import type { OpenAPIObject } from '@nestjs/swagger';
import { BadRequestException } from '@nestjs/common';
import { IsOptional, IsString } from 'class-validator';
import { Instant, QueryInteger } from './fields';
import { withValidationRules } from './openapi-validation';
import { strictValidationPipe } from './validation';

class PageQuery {
  @IsOptional()
  @QueryInteger()
  offset?: number;

  @IsOptional()
  @Instant()
  asOf?: string;
}

class MeasuredDto {
  static openApiSchema = { oneOf: [{ type: 'object', properties: { measure: { enum: ['a'] } } }] };
  @IsString()
  measure: string;
}

const pipe = strictValidationPipe();
const read = (query: Record<string, string>) => pipe.transform(query, { type: 'query', metatype: PageQuery });
const problemsOf = async (query: Record<string, string>) => {
  try {
    await read(query);
    return [];
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { problems: { path: string }[] }).problems.map(
      (p) => p.path,
    );
  }
};

describe('query integers and instants', () => {
  it('reads digits as the number they spell', async () => {
    expect(await read({ offset: '40' })).toMatchObject({ offset: 40 });
  });

  it('refuses what Number() would have read as a number: "", "6\\r", " 7", "0x10", "1e3"', async () => {
    for (const offset of ['', '6\r', ' 7', '0x10', '1e3']) expect(await problemsOf({ offset })).toEqual(['offset']);
  });

  it('takes an RFC 3339 instant and refuses ISO 8601 forms the document cannot say, and unreal dates', async () => {
    expect(await problemsOf({ asOf: '2025-06-16T00:00:00Z' })).toEqual([]);
    expect(await problemsOf({ asOf: '2025-06-16T10:20:30.123+02:00' })).toEqual([]);
    expect(await problemsOf({ asOf: '2024-02-29T23:59:59Z' })).toEqual([]);
    for (const asOf of [
      '2024',
      '2024-01-01',
      '2024-W01',
      '2025-02-30T00:00:00Z',
      '2024-02-30T00:00:00Z',
      '2025-06-16T00:00Z',
      '2025-06-16T24:00:00Z',
    ])
      expect(await problemsOf({ asOf })).toEqual(['asOf']);
  });
});

class DecisionDto {
  @IsString()
  decision: string;

  @IsOptional()
  @IsString()
  reason?: string;
}

describe('optional fields sent as null', () => {
  it('are absent once validated (the decider never sees a null the document allowed)', async () => {
    const body = await pipe.transform({ decision: 'approve', reason: null }, { type: 'body', metatype: DecisionDto });
    expect(body).toEqual(Object.assign(new DecisionDto(), { decision: 'approve' }));
    expect('reason' in (body as object)).toBe(false);
  });

  it('stay in a raw body the route reads itself (an import row with a null category is refused there)', async () => {
    const raw = { values: [{ dimensions: { offence_category: null } }] };
    expect(await pipe.transform(raw, { type: 'body', metatype: Object })).toEqual({
      values: [{ dimensions: { offence_category: null } }],
    });
  });
});

describe('the document says it', () => {
  it('documents an instant as date-time with the pattern it checks, a query integer as an integer', () => {
    const document: OpenAPIObject = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          [PageQuery.name]: { type: 'object', properties: { offset: { type: 'number' }, asOf: { type: 'string' } } },
        },
      },
    };
    const schema = withValidationRules(document).components!.schemas!.PageQuery as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(schema.properties.asOf).toMatchObject({
      type: 'string',
      format: 'date-time',
      pattern: expect.stringContaining('T([01][0-9]|2[0-3])'),
    });
    expect(schema.properties.offset).toMatchObject({ type: 'integer' });
  });
});

describe('a DTO that says its schema itself', () => {
  it('replaces the schema generated from its decorators', () => {
    const document: OpenAPIObject = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { [MeasuredDto.name]: { type: 'object', properties: { measure: { type: 'string' } } } } },
    };
    expect(withValidationRules(document).components!.schemas!.MeasuredDto).toEqual(MeasuredDto.openApiSchema);
  });
});

describe('a body class without any rule', () => {
  class NothingDto {}
  it('is documented as taking no property at all (the pipe refuses every one)', () => {
    const document: OpenAPIObject = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/accept': {
          post: {
            requestBody: {
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${NothingDto.name}` } } },
            },
            responses: {},
          },
        },
      },
      components: { schemas: { [NothingDto.name]: { type: 'object', properties: {} } } },
    };
    expect(withValidationRules(document).components!.schemas!.NothingDto).toEqual({
      type: 'object',
      properties: {},
      additionalProperties: false,
    });
  });
});

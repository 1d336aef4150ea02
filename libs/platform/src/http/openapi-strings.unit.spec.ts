import type { OpenAPIObject } from '@nestjs/swagger';
import { NO_NUL_PATTERN, withNulRefused, withoutNul } from './openapi-strings';

const NUL = '\u0000';
const matches = (pattern: string, value: string) => new RegExp(pattern).test(value);

describe('every string a request body carries documents that it holds no NUL', () => {
  it('keeps a pattern that already excludes NUL as it is', () => {
    for (const pattern of [
      '^[a-z0-9][a-z0-9-]{0,62}$',
      '^((?:W\\/)?"?([0-9]+)"?)?$',
      '^(?!0+$)(0|[1-9][0-9]*)$',
      NO_NUL_PATTERN,
    ])
      expect(withoutNul(pattern)).toBe(pattern);
  });

  it('narrows what could match NUL with character classes, and closes open ends with non-NUL runs', () => {
    expect(withoutNul('\\S')).toBe('^[^\\u0000]*(?:[^\\s\\u0000])[^\\u0000]*$');
    expect(withoutNul('^a.c$')).toBe('^a[^\\n\\r\\u2028\\u2029\\u0000]c$');
    expect(withoutNul('^[^,]+$')).toBe('^[^\\u0000,]+$');
    expect(withoutNul('^id,value(\\r?\\n|$)')).toBe('^(?:id,value(\\r?\\n|$))[^\\u0000]*$');
    // Built anew for each request of the document: applying it again changes nothing.
    for (const pattern of ['\\S', '^a.c$', '^[^,]+$', '^id,value(\\r?\\n|$)', '^\\D\\W$'])
      expect(withoutNul(withoutNul(pattern))).toBe(withoutNul(pattern));
  });

  it('accepts what the original accepted, without NUL, and refuses every string holding NUL', () => {
    const cases: [string, string[], string[]][] = [
      ['\\S', ['  text ', 'x'], ['   ', '']],
      ['^a.c$', ['abc', 'a-c'], ['a\nc', 'ac']],
      ['^[^,]+$', ['a b'], ['a,b', '']],
      ['^id,value(\\r?\\n|$)', ['id,value', 'id,value\n1,2'], ['value,id']],
      // A top-level alternative binds its anchors to one branch: refused through a lookahead instead.
      ['^a$|b', ['a', 'xbx'], ['c']],
    ];
    for (const [original, accepted, refused] of cases) {
      const pattern = withoutNul(original);
      for (const value of accepted) expect([value, matches(pattern, value)]).toEqual([value, true]);
      for (const value of [
        ...refused,
        ...accepted.map((value) => `${value}${NUL}`),
        ...accepted.map((value) => `${NUL}${value}`),
      ])
        expect([value, matches(pattern, value)]).toEqual([value, false]);
    }
  });

  it('adds the rule to the strings of bodies (through $ref), not to parameters, answers, enums or formats', () => {
    const document = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/notes/{id}': {
          post: {
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'q', in: 'query', schema: { type: 'string' } },
            ],
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } } },
            responses: {
              200: {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Note: {
            type: 'object',
            properties: {
              title: { type: 'string', pattern: '\\S' },
              day: { type: 'string', pattern: '^[0-9]{4}-\\d{2}$' },
              tags: { type: 'array', items: { type: 'string' } },
              kind: { type: 'string', enum: ['a', 'b'] },
              at: { type: 'string', format: 'date-time' },
            },
          },
          Problem: { type: 'object', properties: { message: { type: 'string' } } },
        },
      },
    } as unknown as OpenAPIObject;
    const described = withNulRefused(document) as unknown as {
      paths: Record<string, { post: { parameters: { schema: { pattern?: string } }[] } }>;
      components: {
        schemas: Record<string, { properties: Record<string, { pattern?: string; items?: { pattern?: string } }> }>;
      };
    };
    // The body guard reads bodies only: a parameter's NUL is its own rules' to refuse.
    expect(described.paths['/notes/{id}'].post.parameters.map((p) => p.schema.pattern)).toEqual([undefined, undefined]);
    const note = described.components.schemas.Note.properties;
    expect(note.title.pattern).toBe(withoutNul('\\S'));
    // JS `\d` written as the ASCII class other engines read the same way.
    expect(note.day.pattern).toBe('^[0-9]{4}-[0-9]{2}$');
    expect(note.tags.items!.pattern).toBe(NO_NUL_PATTERN);
    expect(note.kind.pattern).toBeUndefined();
    expect(note.at.pattern).toBeUndefined();
    // A 400 may echo a body that held NUL (a JSON parse error): answers keep their schemas as they are.
    expect(described.components.schemas.Problem.properties.message.pattern).toBeUndefined();
  });

  it('says the keys of an open object (a map) hold no NUL, and leaves closed objects alone', () => {
    const document = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/rows': {
          post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Row' } } } } },
        },
      },
      components: {
        schemas: {
          Row: {
            type: 'object',
            additionalProperties: false,
            properties: {
              dimensions: { type: 'object', additionalProperties: { type: 'string' } },
              value: { type: 'object' },
            },
          },
        },
      },
    } as unknown as OpenAPIObject;
    const row = withNulRefused(document).components!.schemas!.Row as {
      propertyNames?: unknown;
      properties: Record<string, { propertyNames?: unknown }>;
    };
    expect(row.propertyNames).toBeUndefined();
    expect(row.properties.dimensions.propertyNames).toEqual({ pattern: NO_NUL_PATTERN });
    expect(row.properties.value.propertyNames).toEqual({ pattern: NO_NUL_PATTERN });
  });
});

import type { OpenAPIObject } from '@nestjs/swagger';
import { excludesNul, NO_NUL_PATTERN, withNulRefused, withoutNul } from './openapi-strings';

const NUL = '\u0000';
const matches = (pattern: string, value: string) => new RegExp(pattern).test(value);

describe('every string a request carries documents that it holds no NUL', () => {
  it('keeps a pattern that already excludes NUL, and wraps one that does not', () => {
    for (const anchored of ['^[a-z0-9][a-z0-9-]{0,62}$', '^((?:W\\/)?"?([0-9]+)"?)?$', '^(?!0+$)(0|[1-9][0-9]*)$']) {
      expect(excludesNul(anchored)).toBe(true);
      expect(withoutNul(anchored)).toBe(anchored);
    }
    // Unanchored, a negated escape, a dot, a negated class, a top-level alternative: each can let NUL through.
    for (const open of ['\\S', '^a.c$', '^[^,]+$', '^a$|b', '^x\\S$', '^abc']) expect(excludesNul(open)).toBe(false);
  });

  it('refuses NUL with the wrapped pattern and accepts what the original accepted', () => {
    const wrapped = withoutNul('\\S');
    expect(matches(wrapped, '  text ')).toBe(true);
    expect(matches(wrapped, '   ')).toBe(false);
    expect(matches(wrapped, `text${NUL}`)).toBe(false);
    expect(matches(wrapped, `${NUL}`)).toBe(false);
    const csv = withoutNul('^id,value(\\r?\\n|$)');
    expect(matches(csv, 'id,value\n1,2')).toBe(true);
    expect(matches(csv, `id,value\n1,${NUL}`)).toBe(false);
    expect(withoutNul(wrapped)).toBe(wrapped);
    expect(excludesNul(NO_NUL_PATTERN)).toBe(true);
    expect(matches(NO_NUL_PATTERN, 'any text')).toBe(true);
    expect(matches(NO_NUL_PATTERN, `a${NUL}b`)).toBe(false);
  });

  it('adds the rule to the strings of bodies (through $ref), path and query parameters, not to responses or enums', () => {
    const document = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/notes/{id}': {
          post: {
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]{4}-\\d{2}$' } },
              { name: 'q', in: 'query', schema: { type: 'string' } },
            ],
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } } },
            responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
          },
        },
      },
      components: {
        schemas: {
          Note: {
            type: 'object',
            properties: {
              title: { type: 'string', pattern: '\\S' },
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
      components: { schemas: Record<string, { properties: Record<string, { pattern?: string; items?: { pattern?: string } }> }> };
    };
    const [id, q] = described.paths['/notes/{id}'].post.parameters;
    // Anchored already; JS `\d` written as the ASCII class other engines read the same way.
    expect(id.schema.pattern).toBe('^[0-9]{4}-[0-9]{2}$');
    expect(q.schema.pattern).toBe(NO_NUL_PATTERN);
    const note = described.components.schemas.Note.properties;
    expect(note.title.pattern).toBe(withoutNul('\\S'));
    expect(note.tags.items!.pattern).toBe(NO_NUL_PATTERN);
    expect(note.kind.pattern).toBeUndefined();
    expect(note.at.pattern).toBeUndefined();
    // A 400 may echo a body that held NUL (a JSON parse error): answers keep their schemas as they are.
    expect(described.components.schemas.Problem.properties.message.pattern).toBeUndefined();
  });
});

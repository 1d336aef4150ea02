import type { OpenAPIObject } from '@nestjs/swagger';
import { portablePattern } from './openapi';

type Schema = Record<string, unknown>;

/**
 * The body guard refuses U+0000 in any string of a body (PostgreSQL under FerretDB cannot store it), so every string
 * a body carries says so in its schema: readers of the document (typed clients, the fuzz stage) would otherwise send
 * strings the API refuses. Written `\u0000`, which ECMAScript and Python regexes both read.
 */
export const NO_NUL_PATTERN = '^[^\\u0000]*$';
const NOT_NUL = '[^\\u0000]*';

/** What an escape that can match NUL becomes without it (JS `\d` is ASCII only). */
const WITHOUT_NUL: Record<string, string> = { S: '[^\\s\\u0000]', W: '[^\\w\\u0000]', D: '[^0-9\\u0000]' };
const DOT_WITHOUT_NUL = '[^\\n\\r\\u2028\\u2029\\u0000]';
/** A negated class that refuses NUL already (its content up to the closing bracket names it). */
const NAMES_NUL = /^\[\^(?:[^\]\\]|\\.)*?\\u0000/;
/** A lookahead refusing NUL anywhere: for the patterns the rewrite below cannot read. */
const NUL_NOWHERE = '^(?![\\s\\S]*\\u0000)';

/**
 * `pattern` with every part that can match NUL narrowed to exclude it (`\S`, `\W`, `\D`, `.`, negated classes), or
 * undefined where that is not done here (NUL named outright, `\S` inside a class, a top-level alternative).
 */
function narrowed(pattern: string): string | undefined {
  let out = '';
  let depth = 0;
  let inClass = false;
  let negated = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') {
      const escape = pattern.slice(i, i + 2);
      const next = pattern[i + 1] ?? '';
      const namesNul = next === '0' || pattern.startsWith('x00', i + 1) || pattern.startsWith('u0000', i + 1);
      if (namesNul && !negated) return undefined;
      if (!inClass && WITHOUT_NUL[next]) out += WITHOUT_NUL[next];
      else if (inClass && !negated && WITHOUT_NUL[next]) return undefined;
      else out += escape;
      i += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = negated = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      negated = pattern[i + 1] === '^';
      // NUL first among what a negated class refuses (once: the rewrite may meet its own output).
      out += negated && !NAMES_NUL.test(pattern.slice(i)) ? '[^\\u0000' : negated ? '[^' : '[';
      if (negated) i += 1;
      continue;
    }
    if (char === '.') out += DOT_WITHOUT_NUL;
    else {
      if (char === '(') depth += 1;
      if (char === ')') depth -= 1;
      if (char === '|' && depth === 0) return undefined;
      out += char;
    }
  }
  return out;
}

/**
 * A pattern that matches what `pattern` matches, minus the strings holding NUL. Written with character classes rather
 * than a lookahead where it can be, so that generators (the fuzzer's) build matching strings directly instead of
 * filtering: an open end (a JSON Schema pattern is a search) becomes a run of non-NUL characters, and each part that
 * could match NUL is narrowed. Idempotent: the document is built anew for each request of it.
 */
export function withoutNul(pattern: string): string {
  if (pattern.startsWith(NUL_NOWHERE)) return pattern;
  const core = narrowed(pattern);
  if (core === undefined) return `${NUL_NOWHERE}[\\s\\S]*?(?:${pattern})`;
  const start = core.startsWith('^');
  const end = core.endsWith('$') && !core.endsWith('\\$');
  if (start && end) return core;
  const body = core.slice(start ? 1 : 0, end ? -1 : undefined);
  return `^${start ? '' : NOT_NUL}(?:${body})${end ? '' : NOT_NUL}$`;
}

/** A string whose characters are already fixed by its enum or its format (date-time, uuid, binary) needs no pattern. */
const charactersFixed = (schema: Schema) => schema.enum !== undefined || schema.format !== undefined;

function constrainStrings(schema: unknown, components: Record<string, Schema>, seen: Set<unknown>): void {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  if (Array.isArray(schema)) {
    for (const item of schema) constrainStrings(item, components, seen);
    return;
  }
  const node = schema as Schema;
  if (typeof node.$ref === 'string') {
    constrainStrings(components[node.$ref.split('/').pop()!], components, seen);
    return;
  }
  if (node.type === 'string' && !charactersFixed(node)) {
    // Python's `\d` (the fuzzer's) also matches other scripts' digits, JS's does not: the document says the JS rule.
    node.pattern =
      typeof node.pattern === 'string' ? withoutNul(portablePattern(new RegExp(node.pattern))) : NO_NUL_PATTERN;
  }
  // An object whose keys are open (a map such as dimension → category) carries its keys through the same guard: they
  // say it too. `propertyNames` is JSON Schema's word for it (OpenAPI 3.0 readers that do not know it ignore it).
  if (node.type === 'object' && node.additionalProperties !== false && node.propertyNames === undefined) {
    node.propertyNames = { pattern: NO_NUL_PATTERN };
  }
  for (const value of Object.values(node)) constrainStrings(value, components, seen);
}

/**
 * Every string a request body carries, in components reached from there too, documents that it holds no NUL: one
 * rule of the body guard, said once here for every route rather than on each DTO. Path, query and header parameters
 * are not the body guard's (a NUL there is refused, or not, by their own rules), so they stay as they are.
 */
export function withNulRefused(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const seen = new Set<unknown>();
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item) as { requestBody?: unknown }[]) {
      if (operation !== null && typeof operation === 'object')
        constrainStrings(operation.requestBody, components, seen);
    }
  return document;
}

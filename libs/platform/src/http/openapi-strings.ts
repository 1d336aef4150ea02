import type { OpenAPIObject } from '@nestjs/swagger';
import { portablePattern } from './openapi';

type Schema = Record<string, unknown>;

/**
 * The body guard refuses U+0000 in any string (PostgreSQL under FerretDB cannot store it), so every string a
 * request carries says so in its schema: readers of the document (typed clients, the fuzz stage) would
 * otherwise send strings the API refuses. Written as `\u0000`, which ECMAScript and Python regexes both read.
 */
export const NO_NUL_PATTERN = '^[^\\u0000]*$';

/**
 * Whether every string matching `pattern` is free of NUL, judged conservatively: anchored at both ends, no
 * top-level alternative (whose anchors would bind one branch only), and nothing that can match NUL (`.`, a
 * negated class or escape such as `\S`, `\W`, `\D`, or NUL itself).
 */
export function excludesNul(pattern: string): boolean {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return false;
  let depth = 0;
  let inClass = false;
  // Inside a negated class, an escape names what the class refuses.
  let negated = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      const matchesNul = 'SWD0'.includes(next) || pattern.startsWith('x00', i + 1) || pattern.startsWith('u0000', i + 1);
      if (matchesNul && !negated) return false;
      i += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = negated = false;
      continue;
    }
    if (char === '[') {
      inClass = true;
      negated = pattern[i + 1] === '^';
      // A negated class matches NUL unless it names NUL among what it refuses.
      if (negated && !/^\[\^(?:[^\]\\]|\\.)*?\\(?:u0000|x00)/.test(pattern.slice(i))) return false;
    } else if (char === '.') return false;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) return false;
  }
  return true;
}

/**
 * A pattern that matches what `pattern` matches, minus the strings holding NUL: the pattern itself when it already
 * excludes NUL, otherwise a lookahead refusing NUL anywhere, then the pattern found anywhere (a JSON Schema pattern
 * is a search, not a full match).
 */
const NUL_NOWHERE = '^(?![\\s\\S]*\\u0000)';

export function withoutNul(pattern: string): string {
  if (excludesNul(pattern) || pattern.startsWith(NUL_NOWHERE)) return pattern;
  return `${NUL_NOWHERE}[\\s\\S]*?(?:${pattern})`;
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
    node.pattern = withoutNul(typeof node.pattern === 'string' ? portablePattern(new RegExp(node.pattern)) : NO_NUL_PATTERN);
  }
  for (const value of Object.values(node)) constrainStrings(value, components, seen);
}

/**
 * Every string a request carries (body, path, query, header), in components reached from there too, documents that it
 * holds no NUL: one rule of the body guard, said once here for every route rather than on each DTO.
 */
export function withNulRefused(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const seen = new Set<unknown>();
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item) as { parameters?: unknown[]; requestBody?: unknown }[]) {
      if (operation === null || typeof operation !== 'object') continue;
      for (const parameter of operation.parameters ?? []) constrainStrings((parameter as { schema?: unknown }).schema, components, seen);
      constrainStrings(operation.requestBody, components, seen);
    }
  return document;
}

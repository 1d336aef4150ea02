import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { IF_MATCH } from './etag';
import { IDEMPOTENCY_KEY } from './idempotency';

type Operation = OpenAPIObject['paths'][string]['get'] & object;

/** The body of every 4xx this platform answers (Nest's HttpException shape; `problems` on bad input). */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 499 },
    error: { type: 'string' },
    message: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    problems: {
      type: 'array',
      description: 'Every problem of the request at once, each with its path',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

const problem = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * The answers every route can give because of the platform rather than its own logic, added once
 * here instead of on each route: bad input, authentication and roles (AuthGuard), unknown resources,
 * stale versions and conflicts (the command path), body limit (body parser), rate limit (throttler).
 */
function platformAnswers(
  path: string,
  method: string,
  operation: Operation,
): Record<string, ReturnType<typeof problem>> {
  const secured = (operation.security?.length ?? 0) > 0;
  const idempotent = (operation.parameters ?? []).some(
    (parameter) => 'in' in parameter && parameter.in === 'header' && parameter.name.toLowerCase() === 'idempotency-key',
  );
  const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  return {
    ...(takesInput ? { 400: problem('Bad input: every problem, each with its path') } : {}),
    ...(secured ? { 401: problem('No bearer token, or one that is invalid or expired') } : {}),
    ...(secured ? { 403: problem('The role or jurisdiction of the token may not do this') } : {}),
    ...(path.includes('{') && secured ? { 404: problem('No such resource') } : {}),
    ...(secured && WRITE_METHODS.has(method)
      ? { 409: problem('The state changed since it was read (If-Match), or the command conflicts with it') }
      : {}),
    ...(operation.requestBody ? { 413: problem('The body is larger than the service accepts') } : {}),
    ...(idempotent ? { 422: problem('This Idempotency-Key was used with a different request') } : {}),
    429: problem('Too many requests from this address; try again later'),
  };
}

/**
 * A JS pattern as the fuzzers and other readers of the document understand it: JS `\\d` is ASCII
 * only, while most other regex engines (Python's) also match other scripts' digits.
 */
export function portablePattern(pattern: RegExp): string {
  let inClass = false;
  let out = '';
  const source = pattern.source;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      const next = source[i + 1];
      out += next === 'd' ? (inClass ? '0-9' : '[0-9]') : `${char}${next}`;
      i += 1;
      continue;
    }
    if (char === '[') inClass = true;
    if (char === ']') inClass = false;
    out += char;
  }
  return out;
}

/** The platform's request headers, with what it accepts in them. */
const HEADER_SCHEMAS: Record<string, object> = {
  'idempotency-key': { type: 'string', pattern: portablePattern(IDEMPOTENCY_KEY) },
  'if-match': { type: 'string', pattern: `^(${portablePattern(IF_MATCH).slice(1, -1)})?$` },
};

/** Adds the platform's answers (and the Problem schema) to every operation of a service's document. */
export function withPlatformAnswers(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA as never },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, Operation][]) {
      if (typeof operation !== 'object' || !('responses' in operation)) continue;
      // The command path reads these headers on writes only (a class-level @ApiHeader also lands on reads).
      if (!WRITE_METHODS.has(method))
        operation.parameters = operation.parameters?.filter(
          (parameter) =>
            !('in' in parameter && parameter.in === 'header' && HEADER_SCHEMAS[parameter.name.toLowerCase()]),
        );
      // What a route documents itself wins (e.g. a 404 with a more precise meaning).
      operation.responses = { ...platformAnswers(path, method, operation), ...operation.responses };
      for (const parameter of operation.parameters ?? []) {
        if (!('in' in parameter) || parameter.in !== 'header') continue;
        const schema = HEADER_SCHEMAS[parameter.name.toLowerCase()];
        if (schema) parameter.schema = schema;
      }
    }
  }
  return document;
}

/** A 4xx a route answers for its own reasons (e.g. 404 while a read model is still empty), with the Problem body. */
export const ApiProblem = (status: number, description: string) =>
  ApiResponse({ status, description, schema: { $ref: '#/components/schemas/Problem' } });

/**
 * A write through the command path (@CommandRoute applies it): its success status (200 unless it creates),
 * the Idempotency-Key and If-Match headers it honours, and the ETag it answers with.
 */
export const ApiWrite = (status = 200) =>
  applyDecorators(
    HttpCode(status),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Same key + same body → same answer, one set of events',
    }),
    ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the state read; 409 when it changed since' }),
    ApiResponse({
      status,
      description: 'The state after the command',
      headers: { ETag: { description: 'The new version', schema: { type: 'string' } } },
    }),
  );

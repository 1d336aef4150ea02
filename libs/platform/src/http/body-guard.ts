import { InvalidInput, isReservedName, Problem, RESERVED_NAME_MESSAGE } from '@salw/decider';
import type { NextFunction, Request, Response } from 'express';

/**
 * How deep a JSON body may nest. The deepest DTO (a report's observations → value) needs 4 levels;
 * the rest is headroom. Deeper bodies would overflow the stack of the recursive validators (500).
 */
export const MAX_BODY_DEPTH = 16;
/** Reserved keys and deep nesting are reported at most this often per body (the 400 stays small). */
const MAX_PROBLEMS = 20;
const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';

/**
 * Checks a parsed JSON body before any validator walks it: nesting at most MAX_BODY_DEPTH, no
 * reserved key (`__proto__`, `constructor`, …) and no NUL character anywhere, each with its path. Iterative, so a
 * body nested thousands of levels deep is refused without recursion.
 */
export function bodyProblems(body: unknown): Problem[] {
  const problems: Problem[] = [];
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 0 }];
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path, depth } = pending.pop()!;
    // PostgreSQL (under FerretDB) cannot store U+0000 in a document (a 500 the fuzz stage found); no text needs it.
    if (typeof value === 'string' && value.includes('\u0000'))
      problems.push({ path: path || 'body', message: NUL_MESSAGE });
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      problems.push({ path: path || 'body', message: `the body nests deeper than ${MAX_BODY_DEPTH} levels` });
      continue;
    }
    const entries = Array.isArray(value)
      ? value.map((item, index) => [`[${index}]`, item] as const)
      : Object.entries(value).map(([key, item]) => [key, item] as const);
    for (const [key, item] of entries) {
      const child = key.startsWith('[') ? `${path}${key}` : path ? `${path}.${key}` : key;
      if (!key.startsWith('[') && isReservedName(key)) problems.push({ path: child, message: RESERVED_NAME_MESSAGE });
      else if (key.includes('\u0000')) problems.push({ path: child, message: NUL_MESSAGE });
      else pending.push({ value: item, path: child, depth: depth + 1 });
    }
  }
  return problems;
}

/** Express middleware after the body parsers: a body that fails bodyProblems gets one 400. */
export function bodyGuard(request: Request, _response: Response, next: NextFunction): void {
  const problems = bodyProblems(request.body);
  next(problems.length > 0 ? new InvalidInput(problems) : undefined);
}

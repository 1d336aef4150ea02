/** A problem with one input field, named by its path (e.g. "values[3].amount"). */
export interface Problem {
  path: string;
  message: string;
  /**
   * The field names something the current state lacks (a round not opened, a donor not registered):
   * the same request succeeds once the state changes, so it is a conflict with the state (409), not bad input (RFC 9110).
   */
  state?: true;
}

/** A problem of the state a field refers to, not of the field itself (see Problem.state). */
export function stateProblem(path: string, message: string): Problem {
  return { path, message, state: true };
}

/** Base of the errors a decider throws; the HTTP layer maps each kind to one status code. */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid' | 'forbidden' | 'not_found' | 'conflict';
}

/**
 * The input breaks a rule of the domain (400): every problem is listed. When every problem is one of the
 * state (stateProblem), the request is fine and the state is not ready for it: a conflict (409), still listing them.
 */
export class InvalidInput extends DomainError {
  readonly kind: 'invalid' | 'conflict';
  constructor(readonly problems: Problem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
    const ofState = problems.length > 0 && problems.every((problem) => problem.state);
    this.kind = ofState ? 'conflict' : 'invalid';
    this.name = ofState ? 'StateConflict' : 'InvalidInput';
  }
}

/** The actor may not do this (403), e.g. a ministry acting for another jurisdiction. */
export class NotAllowed extends DomainError {
  readonly kind = 'forbidden';
  constructor(message: string) {
    super(message);
    this.name = 'NotAllowed';
  }
}

/** The thing does not exist (404). */
export class NotFound extends DomainError {
  readonly kind = 'not_found';
  constructor(message: string) {
    super(message);
    this.name = 'NotFound';
  }
}

/** The command does not fit the current state (409), e.g. accepting a draft. */
export class StateConflict extends DomainError {
  readonly kind = 'conflict';
  constructor(message: string) {
    super(message);
    this.name = 'StateConflict';
  }
}

/**
 * Names a JavaScript object already has (`constructor`, `__proto__`, `toString`, …): never an id or
 * a map key, so `state[id]` can never find an inherited property instead of nothing.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name);
}

export const RESERVED_NAME_MESSAGE =
  'is a reserved name (constructor, __proto__, prototype, toString, …) and cannot be an id or key';

import type { Decider, DomainError, Problem } from '@salw/decider';

/** What the HTTP layer answers for each kind of DomainError (libs/platform's exception filter). */
const STATUS_OF_KIND: Record<DomainError['kind'], number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

type ErrorClass = abstract new (...args: never[]) => Error;

/** A message the error matches, its problem paths, or a check of the error itself. */
type Refusal<E> = Omit<ExpectedRefusal, 'status'> | RegExp | string | ((error: E) => void);

/** How a refusal is expected: its class or HTTP status, its message, its problem paths. */
export interface ExpectedRefusal {
  status?: 400 | 403 | 404 | 409;
  message?: RegExp | string;
  /** Every problem path the error lists, in any order (InvalidInput). */
  paths?: string[];
}

/**
 * given events / when command / then events, an error, or nothing happened: a decider spec reads as the
 * business rule it checks (after emmett's DeciderSpecification). The state is folded from the given events
 * with the decider's own evolve, so a spec never builds state by hand.
 */
export const DeciderSpecification = {
  for<State, Command, Event extends { type: string }>(decider: Decider<State, Command, Event>) {
    return {
      given: (events: Event[]) => ({
        when: (command: Command) =>
          new DeciderThen(() => decider.decide(command, events.reduce(decider.evolve, decider.initialState()))),
      }),
    };
  },
};

export class DeciderThen<Event> {
  constructor(private readonly decide: () => Event[]) {}

  /** The decider emits exactly these events. */
  then(expected: Event[]): void {
    expect(this.decide()).toEqual(expected);
  }

  /** The decided events, for specs that check a part of them (an id, an amount, a count). */
  thenEvents(): Event[] {
    return this.decide();
  }

  /** The command changes nothing: no event, and no error. */
  thenNothingHappened(): void {
    expect(this.decide()).toEqual([]);
  }

  /**
   * The decider refuses: with an error of this class, or a DomainError whose kind answers this HTTP status; then,
   * optionally, a message it matches, exactly these problem paths (any order), or a check of the error. Returns the error.
   */
  thenThrows<E extends Error>(kind: abstract new (...args: never[]) => E, expected?: Refusal<E>): E;
  thenThrows(status: NonNullable<ExpectedRefusal['status']>, expected?: Refusal<DomainError>): DomainError;
  thenThrows(kind: ErrorClass | number, expected: Refusal<Error> = {}): Error {
    const error = this.refusal();
    if (typeof kind === 'number') expect(statusOf(error)).toBe(kind);
    else expect(error).toBeInstanceOf(kind);
    if (typeof expected === 'function') expected(error);
    else if (typeof expected === 'string' || expected instanceof RegExp) expect(error.message).toMatch(expected);
    else {
      if (expected.message !== undefined) expect(error.message).toMatch(expected.message);
      if (expected.paths) expect(problemPaths(error)).toEqual([...expected.paths].sort());
    }
    return error;
  }

  /** Shorthand: refused as bad input (400) listing exactly these paths. */
  thenProblems(paths: string[], status: 400 | 409 = 400): Problem[] {
    return (this.thenThrows(status, { paths }) as DomainError & { problems: Problem[] }).problems;
  }

  private refusal(): Error {
    let events: Event[];
    try {
      events = this.decide();
    } catch (error) {
      if (error instanceof Error) return error;
      throw error;
    }
    throw new Error(
      `Expected the decider to refuse, but it decided ${JSON.stringify(events.map((event) => (event as { type?: string }).type))}`,
    );
  }
}

function statusOf(error: Error): number | undefined {
  const kind = (error as Partial<DomainError>).kind;
  return kind ? STATUS_OF_KIND[kind] : undefined;
}

function problemPaths(error: Error): string[] {
  const problems = (error as { problems?: Problem[] }).problems;
  if (!problems) throw new Error(`${error.name} lists no problems: ${error.message}`);
  return problems.map((problem) => problem.path).sort();
}

import { Inject, Injectable } from '@nestjs/common';
import { Decider, InvalidInput, NotFound } from '@salw/decider';
import { ConcurrencyError, MongoEventStore, NewEvent, StoredEvent } from '@salw/event-store';
import {
  AuthenticatedActor,
  EVENT_STORE,
  etagOf,
  executeCommand,
  expectedVersionFrom,
  IdempotencyStore,
  loadAggregate,
} from '@salw/platform';
import type { Response } from 'express';
import { dayOf } from '../domain/shared/jurisdictions';
import { reportingRoundDecider, reportingRoundId } from '../domain/reporting-round/reporting-round';
import type { RoundTerms } from '../domain/kpi-report/kpi-report.decider';

export interface WriteRequest<State, Command, Event extends NewEvent> {
  /** Scope of the Idempotency-Key (the stream and the route). */
  scope: string;
  idempotencyKey?: string;
  ifMatch?: string;
  body: unknown;
  actor: AuthenticatedActor;
  decider: Decider<State, Command, Event>;
  streamId: string;
  /** Built lazily, inside the idempotent section (it may read other streams). */
  command: () => Promise<Command> | Command;
  view: (state: State, version: number) => unknown;
  status?: number;
}

/** Every write: Idempotency-Key, If-Match → expected version, the decider, ETag in the answer. */
@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) readonly store: MongoEventStore,
    private readonly idempotency: IdempotencyStore,
  ) {}

  async write<State, Command, Event extends NewEvent>(request: WriteRequest<State, Command, Event>, response: Response): Promise<unknown> {
    const expectedVersion = expectedVersionFrom(request.ifMatch);
    const answer = await this.idempotency.run(request.scope, request.idempotencyKey, request.body, async (commitId) => {
      const command = await request.command();
      const result = await withRetry(expectedVersion === undefined, () =>
        executeCommand(this.store, request.decider, request.streamId, command, { actor: request.actor, expectedVersion, commitId }),
      );
      return {
        status: request.status ?? 200,
        body: plain(request.view(result.state, result.nextExpectedVersion)),
        headers: { etag: etagOf(result.nextExpectedVersion) },
      };
    });
    response.status(answer.status);
    response.setHeader('ETag', answer.headers?.etag ?? '');
    if (answer.replayed) response.setHeader('Idempotent-Replayed', 'true');
    return answer.body;
  }

  async load<State, Event extends NewEvent>(decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>, streamId: string) {
    return loadAggregate(this.store, decider, streamId);
  }

  async history(streamId: string): Promise<StoredEvent[]> {
    return this.store.readStream(streamId);
  }

  /** The terms of a reporting round for a submission (400 when the round was never opened). */
  async roundTerms(roundNumber: number | undefined): Promise<RoundTerms | undefined> {
    if (roundNumber === undefined) return undefined;
    const { state } = await loadAggregate(this.store, reportingRoundDecider, reportingRoundId(roundNumber));
    if (!state.opened) throw new InvalidInput([{ path: 'roundNumber', message: `reporting round ${roundNumber} has not been opened` }]);
    return { roundNumber, dueDate: state.opened.dueDate };
  }

  today(): string {
    return dayOf(new Date());
  }
}

export function notFoundUnless(condition: boolean, what: string): void {
  if (!condition) throw new NotFound(`${what} not found`);
}

/** Who did what when, from the stored events. */
export function historyOf(events: StoredEvent[], filter: (event: StoredEvent) => boolean = () => true) {
  return events.filter(filter).map((event) => ({
    action: event.type,
    streamVersion: event.streamVersion,
    actor: event.actor,
    at: event.recordedAt,
    ...(typeof event.data.comments === 'string' ? { comments: event.data.comments } : {}),
    ...(typeof event.data.reason === 'string' ? { reason: event.data.reason } : {}),
  }));
}

/** The JSON the client gets (absent fields stay absent when an answer is stored and replayed). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * Without If-Match the client asked for no particular version: when another commit got in between (or the store's
 * commit position raced under load), decide again on the fresh state, a few times. With If-Match: 409 at once.
 */
async function withRetry<T>(retry: boolean, attempt: () => Promise<T>): Promise<T> {
  for (let left = retry ? 3 : 0; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || left <= 0) throw error;
    }
  }
}

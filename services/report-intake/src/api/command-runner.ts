import { Inject, Injectable } from '@nestjs/common';
import { Decider, InvalidInput, NotFound, stateProblem } from '@salw/decider';
import { EventStore, NewEvent, StoredEvent } from '@salw/event-store';
import { EVENT_STORE, HttpCommand, IdempotencyStore, loadAggregate, runHttpCommand } from '@salw/platform';
import type { Response } from 'express';
import { dayOf } from '../domain/shared/jurisdictions';
import { reportingRoundDecider, reportingRoundId } from '../domain/reporting-round/reporting-round';
import type { RoundTerms } from '../domain/reporting-round/reporting-round';

export type WriteRequest<State, Command, Event extends NewEvent> = HttpCommand<State, Command, Event>;

/** The service's writes and reads of aggregates; every write goes through the platform's HTTP command runner. */
@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) readonly store: EventStore,
    private readonly idempotency: IdempotencyStore,
  ) {}

  async write<State, Command, Event extends NewEvent>(request: WriteRequest<State, Command, Event>, response: Response): Promise<unknown> {
    return runHttpCommand(this.store, this.idempotency, request, response);
  }

  async load<State, Event extends NewEvent>(decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>, streamId: string) {
    return loadAggregate(this.store, decider, streamId);
  }

  async history(streamId: string): Promise<StoredEvent[]> {
    return this.store.readStream(streamId);
  }

  /**
   * The terms of the reporting round a report names, for its draft or submission. A round not opened (yet) is refused
   * as a conflict with the state of the rounds (409), as every refusal by state is.
   */
  async roundTerms(roundNumber: number | undefined): Promise<RoundTerms | undefined> {
    if (roundNumber === undefined) return undefined;
    const { state } = await loadAggregate(this.store, reportingRoundDecider, reportingRoundId(roundNumber));
    if (!state.opened) throw new InvalidInput([stateProblem('roundNumber', `reporting round ${roundNumber} has not been opened`)]);
    const { dueDate, reportYear } = state.opened;
    return { roundNumber, ...(dueDate !== undefined ? { dueDate } : {}), reportYear };
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

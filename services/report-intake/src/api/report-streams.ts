import { Inject, Injectable } from '@nestjs/common';
import { Decider, InvalidInput, NotFound, stateProblem } from '@salw/decider';
import { EventStore, NewEvent, StoredEvent } from '@salw/event-store';
import { EVENT_STORE, loadAggregate, Step } from '@salw/platform';
import { dayOf } from '../domain/shared/jurisdictions';
import { reportingRoundDecider, reportingRoundId } from '../domain/reporting-round/reporting-round';
import type { RoundTerms } from '../domain/reporting-round/reporting-round';

/** The service's reads of aggregates (the writes go through the platform's @CommandRoute). */
@Injectable()
export class ReportStreams {
  constructor(@Inject(EVENT_STORE) readonly store: EventStore) {}

  async load<State, Event extends NewEvent>(
    decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
    streamId: string,
  ) {
    return loadAggregate(this.store, decider, streamId);
  }

  async history(streamId: string): Promise<StoredEvent[]> {
    return this.store.readStream(streamId);
  }
}

/**
 * The terms of the reporting round a report names, for its draft or submission. A round not opened (yet) is refused
 * as a conflict with the state of the rounds (409), as every refusal by state is.
 */
export async function roundTerms(store: EventStore, roundNumber: number | undefined): Promise<RoundTerms | undefined> {
  if (roundNumber === undefined) return undefined;
  const { state } = await loadAggregate(store, reportingRoundDecider, reportingRoundId(roundNumber));
  if (!state.opened)
    throw new InvalidInput([stateProblem('roundNumber', `reporting round ${roundNumber} has not been opened`)]);
  const { dueDate, reportYear } = state.opened;
  return { roundNumber, ...(dueDate !== undefined ? { dueDate } : {}), reportYear };
}

/** A body that may name the reporting round it answers. */
interface NamesRound {
  roundNumber?: number;
}

/** Named step: the terms of the round the body names. */
export const roundNamedByBody: Step<unknown> = ({ store, body }) => roundTerms(store, (body as NamesRound).roundNumber);

/**
 * Named step: the terms of the round the body names, else of the round the current revision's draft named (its terms
 * are read again: a draft carries only the round number).
 */
export function roundOfSubmission<State, Event extends NewEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  draftRound: (state: State) => number | undefined,
): Step<unknown> {
  return async ({ store, body, streamId }) => {
    const named = (body as NamesRound | undefined)?.roundNumber;
    return roundTerms(store, named ?? draftRound((await loadAggregate(store, decider, streamId)).state));
  };
}

/** Named step: the day a report is submitted on, by the injected clock. */
export const today: Step<unknown> = ({ clock }) => dayOf(clock.now());

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

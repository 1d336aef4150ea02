import { Decider, foldEvents } from '@salw/decider';
import { AppendResult, ConcurrencyError, EventStore, NewEvent } from '@salw/event-store';
import { AuthenticatedActor } from '../auth/actor';
import { requestContext } from '../request-context';

export interface CommandOptions {
  actor: AuthenticatedActor;
  /** From If-Match: refuse with 409 unless the stream is still at this version. */
  expectedVersion?: number;
  /** From Idempotency-Key (see IdempotencyStore): one commit however often it is retried. */
  commitId?: string;
}

/** What a command did: the new state and version, and the commit (absent when nothing was decided). */
export interface CommandResult<State> extends Omit<AppendResult, 'commitId' | 'position'> {
  state: State;
  commitId?: string;
  position?: number;
}

/**
 * Read the stream, fold it into state, let the pure decider decide, append the new events with
 * the version read as the expected version (a concurrent writer gets a ConcurrencyError → 409).
 */
export async function executeCommand<State, Command, Event extends NewEvent>(
  store: EventStore,
  decider: Decider<State, Command, Event>,
  streamId: string,
  command: Command,
  options: CommandOptions,
): Promise<CommandResult<State>> {
  const history = await store.readStream(streamId);
  const version = history.length > 0 ? history[history.length - 1].streamVersion : 0;
  if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
    throw new ConcurrencyError(streamId, options.expectedVersion, version);
  }
  const state = foldEvents(decider, history as unknown as Event[]);
  const events = decider.decide(command, state);
  // An empty decision (e.g. registering the same donor again) is a no-op: nothing to append,
  // the answer is the current state and version.
  if (events.length === 0) return { streamId, nextExpectedVersion: version, events: [], duplicate: false, state };
  const correlationId = requestContext.current()?.correlationId ?? crypto.randomUUID();
  const result = await store.append(
    streamId,
    version,
    events,
    { actor: options.actor, correlationId },
    {
      commitId: options.commitId,
    },
  );
  // A duplicate commit (idempotent retry racing its twin) was folded already: read it back.
  const newState = result.duplicate
    ? (await loadAggregate(store, decider, streamId)).state
    : result.events.reduce((current, event) => decider.evolve(current, event as unknown as Event), state);
  return { ...result, state: newState };
}

/** Current state and version of a stream, for reads and ETags. */
export async function loadAggregate<State, Event extends NewEvent>(
  store: EventStore,
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  streamId: string,
): Promise<{ state: State; version: number }> {
  const history = await store.readStream(streamId);
  return {
    state: foldEvents(decider, history as unknown as Event[]),
    version: history.length > 0 ? history[history.length - 1].streamVersion : 0,
  };
}

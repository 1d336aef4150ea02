import { Decider } from '@salw/decider';
import { ConcurrencyError, EventStore, NewEvent } from '@salw/event-store';
import type { Response } from 'express';
import { AuthenticatedActor } from '../auth/actor';
import { executeCommand } from '../event-sourcing/command-executor';
import { etagOf, expectedVersionFrom } from './etag';
import { IdempotencyStore } from './idempotency';

export interface HttpCommand<State, Command, Event extends NewEvent> {
  decider: Decider<State, Command, Event>;
  streamId: string;
  /** The command, or a function that builds it inside the idempotent section (it may read other streams). */
  command: Command | (() => Promise<Command> | Command);
  actor: AuthenticatedActor;
  /** The If-Match header: the stream version the client saw. */
  ifMatch?: string;
  idempotencyKey?: string;
  /** What an Idempotency-Key is unique within, e.g. the stream and the route. */
  scope: string;
  /** The request body (an Idempotency-Key reused with another body is refused). */
  body: unknown;
  view: (state: State, version: number) => unknown;
  status?: number;
}

/** How often a write without If-Match decides again when another commit got in between. */
const RETRIES_WITHOUT_IF_MATCH = 3;

/**
 * Every write over HTTP: If-Match → expected version (409 when stale), Idempotency-Key → one
 * commit however often it is retried, the decider on the folded stream, the new version as ETag.
 */
export async function runHttpCommand<State, Command, Event extends NewEvent>(
  store: EventStore,
  idempotency: IdempotencyStore,
  request: HttpCommand<State, Command, Event>,
  response: Response,
): Promise<unknown> {
  const expectedVersion = expectedVersionFrom(request.ifMatch);
  const answer = await idempotency.run(request.actor, request.scope, request.idempotencyKey, request.body, async (commitId) => {
    const command = withoutUndefined(typeof request.command === 'function' ? await (request.command as () => Promise<Command> | Command)() : request.command);
    const result = await retryOnConflict(expectedVersion === undefined, () =>
      executeCommand(store, request.decider, request.streamId, command, { actor: request.actor, expectedVersion, commitId }),
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

/** DTO instances carry absent optional fields as `undefined`: events store only what was given. */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([, field]) => field !== undefined).map(([key, field]) => [key, withoutUndefined(field)]),
  ) as T;
}

/** The JSON the client gets (absent fields stay absent when an answer is stored and replayed). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}

/**
 * Without If-Match the client asked for no particular version: when another commit got in
 * between, decide again on the fresh state, a few times. With If-Match: 409 at once.
 */
async function retryOnConflict<T>(retry: boolean, attempt: () => Promise<T>): Promise<T> {
  for (let left = retry ? RETRIES_WITHOUT_IF_MATCH : 0; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || left <= 0) throw error;
    }
  }
}

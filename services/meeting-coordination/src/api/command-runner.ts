import { Decider } from '@salw/decider';
import { MongoEventStore, NewEvent } from '@salw/event-store';
import { AuthenticatedActor, etagOf, executeCommand, expectedVersionFrom, IdempotencyStore } from '@salw/platform';
import type { Response } from 'express';

export interface WriteRequest {
  actor: AuthenticatedActor;
  ifMatch: string | undefined;
  idempotencyKey: string | undefined;
  response: Response;
  body: unknown;
  status?: number;
}

/** HTTP ↔ command: If-Match → expected version, Idempotency-Key → one commit, ETag in the answer. */
export async function runCommand<State, Command, Event extends NewEvent, View>(
  store: MongoEventStore,
  idempotency: IdempotencyStore,
  decider: Decider<State, Command, Event>,
  streamId: string,
  command: Command,
  request: WriteRequest,
  view: (state: State) => View,
): Promise<View> {
  const status = request.status ?? 200;
  const answer = await idempotency.run(`${streamId}:${(command as { type: string }).type}`, request.idempotencyKey, request.body, async (commitId) => {
    const result = await executeCommand(store, decider, streamId, withoutUndefined(command), {
      actor: request.actor,
      expectedVersion: expectedVersionFrom(request.ifMatch),
      commitId,
    });
    return { status, body: view(result.state), headers: { etag: etagOf(result.nextExpectedVersion) } };
  });
  request.response.status(answer.status);
  request.response.setHeader('ETag', answer.headers?.etag ?? '');
  return answer.body;
}

/** DTO instances carry absent optional fields as `undefined`: events store only what was given. */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([, field]) => field !== undefined).map(([key, field]) => [key, withoutUndefined(field)]),
  ) as T;
}

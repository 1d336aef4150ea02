import { Decider } from '@salw/decider';
import { EventStore, NewEvent } from '@salw/event-store';
import { AuthenticatedActor, IdempotencyStore, runHttpCommand } from '@salw/platform';
import type { Response } from 'express';

export interface WriteRequest {
  actor: AuthenticatedActor;
  ifMatch: string | undefined;
  idempotencyKey: string | undefined;
  response: Response;
  body: unknown;
  status?: number;
}

/** A meeting or round command over HTTP (an Idempotency-Key is unique per stream and command type). */
export async function runCommand<State, Command extends { type: string }, Event extends NewEvent, View>(
  store: EventStore,
  idempotency: IdempotencyStore,
  decider: Decider<State, Command, Event>,
  streamId: string,
  command: Command,
  request: WriteRequest,
  view: (state: State) => View,
): Promise<View> {
  const { response, ...http } = request;
  return (await runHttpCommand(store, idempotency, { ...http, decider, streamId, command, scope: `${streamId}:${command.type}`, view: (state: State) => view(state) }, response)) as View;
}

import { fromJson, toJson, type JsonObject } from '@bufbuild/protobuf';
import type { EventSchemas } from '@salw/contracts';
import type { Decider } from '@salw/decider';

/** An event as a decider emits it: its type and its payload, as it will be stored and published. */
export interface EmittedEvent {
  type: string;
  data: unknown;
}

/** Runs the commands one after the other through the decider, folding each decision in: every event it emits. */
export function eventsDecided<State, Command, Event extends EmittedEvent>(
  decider: Pick<Decider<State, Command, Event>, 'initialState' | 'decide' | 'evolve'>,
  commands: readonly Command[],
): Event[] {
  const events: Event[] = [];
  let state = decider.initialState();
  for (const command of commands) {
    for (const event of decider.decide(command, state)) {
      events.push(event);
      state = decider.evolve(state, event);
    }
  }
  return events;
}

export interface ContractCheckOptions {
  /** Every field of the contract is in every payload, also at its zero value (the trust fund's events are). */
  everyFieldPresent?: boolean;
}

/**
 * The events a producer's deciders emit match its context's contract (proto/, generated into @salw/contracts):
 * together they cover every event type of the table, and each payload, as JSON on the wire, reads strictly (no
 * unknown field, no wrong type) as the generated message of its type and writes back to the same JSON: a field
 * renamed, retyped (a number where the contract says a decimal string) or added without a proto field fails here.
 */
export function expectEventsMatchContracts(
  schemas: EventSchemas,
  events: readonly EmittedEvent[],
  options: ContractCheckOptions = {},
): void {
  expect([...new Set(events.map((event) => event.type))].sort()).toEqual(Object.keys(schemas).sort());
  for (const event of events) {
    const schema = schemas[event.type];
    const json = JSON.parse(JSON.stringify(event.data)) as JsonObject;
    let message;
    try {
      message = fromJson(schema, json);
    } catch (error) {
      throw new Error(`${event.type} does not match ${schema.typeName}: ${(error as Error).message}`);
    }
    const full = toJson(schema, message, { alwaysEmitImplicit: true });
    if (options.everyFieldPresent) {
      expect({ type: event.type, payload: full }).toEqual({ type: event.type, payload: json });
    } else {
      // The JSON lies between the message written without zero values and written with all of them.
      expect({ type: event.type, payload: json }).toMatchObject({ type: event.type, payload: toJson(schema, message) });
      expect({ type: event.type, payload: full }).toMatchObject({ type: event.type, payload: json });
    }
  }
}

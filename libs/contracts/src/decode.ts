import {
  fromJson,
  type DescMessage,
  type JsonObject,
  type MessageJsonType,
  type MessageShape,
} from '@bufbuild/protobuf';

/** A context's event types, each named by `Envelope.type`, to the generated schema of its payload. */
export type EventSchemas = Record<string, DescMessage>;

/** A context's table from its generated module: each event type named once, its schema `<type>Schema` of the module. */
export function eventSchemas<Module, const Types extends readonly string[]>(
  module: Module & { [Type in Types[number] as `${Type}Schema`]: DescMessage },
  types: Types,
): { [Type in Types[number]]: Module[`${Type}Schema` & keyof Module] } {
  const table = module as Record<string, DescMessage>;
  return Object.fromEntries(types.map((type) => [type, table[`${type}Schema`]])) as never;
}

/** The payload of an event as the generated message type: a union discriminated by `type`. */
export type DecodedEvent<Schemas extends EventSchemas> = {
  [Type in keyof Schemas & string]: { type: Type; payload: MessageShape<Schemas[Type]> };
}[keyof Schemas & string];

/** The envelope fields a decoder reads; everything else is passed through untouched. */
export interface EncodedEvent {
  type: string;
  schemaVersion: number;
  payload: unknown;
}

/** An envelope of a known type whose payload is now the generated message (the other envelope fields kept). */
export type Typed<Envelope extends EncodedEvent, Schemas extends EventSchemas> =
  DecodedEvent<Schemas> extends infer Event
    ? Event extends unknown
      ? Omit<Envelope, 'type' | 'payload'> & Event
      : never
    : never;

/** Turns the JSON payload of `schemaVersion` n into the JSON of version n + 1. */
export type Upcaster = (payload: JsonObject) => JsonObject;

/** Per event type, the upcaster of each old schema version (`{ KpiReportSubmitted: { 1: toVersion2 } }`). */
export type Upcasters<Schemas extends EventSchemas> = { [Type in keyof Schemas]?: Record<number, Upcaster> };

/**
 * A payload of a known event type that does not decode as its contract: it never will, so it is poison (the consumer
 * parks it in its dead-letter topic at once instead of retrying it).
 */
export class UndecodableEvent extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndecodableEvent';
  }
}

/** The one decoder of a context's events: envelope type → generated schema, old schema versions upcast first. */
export interface EventDecoder<Schemas extends EventSchemas> {
  readonly context: string;
  readonly schemas: Schemas;
  /** The typed event; undefined for an event type this context does not define (consumers skip those). */
  decode<Envelope extends EncodedEvent>(event: Envelope): Typed<Envelope, Schemas> | undefined;
}

export function eventDecoder<Schemas extends EventSchemas>(
  context: string,
  schemas: Schemas,
  upcasters: Upcasters<Schemas> = {},
): EventDecoder<Schemas> {
  return {
    context,
    schemas,
    decode<Envelope extends EncodedEvent>(event: Envelope) {
      // Object.hasOwn: an event type such as `constructor` is unknown, not Object's.
      if (!Object.hasOwn(schemas, event.type)) return undefined;
      const schema = schemas[event.type];
      const json = upcast(upcasters[event.type as keyof Schemas], event.schemaVersion, event.payload);
      let payload: MessageShape<DescMessage>;
      try {
        // Unknown fields are ignored: a producer may add fields (the contract's rule for consumers).
        payload = fromJson(schema, json, { ignoreUnknownFields: true });
      } catch (error) {
        throw new UndecodableEvent(
          `${context} event ${event.type} v${event.schemaVersion} does not decode as ${schema.typeName}: ${(error as Error).message}`,
        );
      }
      return { ...event, payload } as unknown as Typed<Envelope, Schemas>;
    },
  };
}

/** Applies the upcasters from `schemaVersion` up while there is one for the version reached. */
function upcast(steps: Record<number, Upcaster> | undefined, schemaVersion: number, payload: unknown): JsonObject {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new UndecodableEvent(`payload is not a JSON object`);
  }
  let json = payload as JsonObject;
  for (let version = schemaVersion; steps && Object.hasOwn(steps, version); version++) json = steps[version](json);
  return json;
}

/**
 * The event types of `Event` whose `data` is not a value of the generated JSON type of its contract message (or that
 * the context does not define); `never` when every payload a producer builds is its contract's wire JSON. Producers
 * check their event union with it at compile time (see {@link PayloadsMatchContracts}).
 */
export type PayloadMismatch<
  Event extends { type: string; data: unknown },
  Schemas extends EventSchemas,
> = Event extends {
  type: infer Type;
  data: infer Data;
}
  ? Type extends keyof Schemas
    ? Data extends MessageJsonType<Schemas[Type]>
      ? never
      : Type
    : Type
  : never;

/**
 * `true` when every event of the union carries, as its payload, the generated JSON type of its message, else the
 * mismatched event types: `const ok: PayloadsMatchContracts<KpiReportEvent | …, typeof REPORTING_EVENTS> = true` in a
 * producer's contract test fails to compile, naming them. (Unknown fields are caught at run time, by that test.)
 */
export type PayloadsMatchContracts<Event extends { type: string; data: unknown }, Schemas extends EventSchemas> = [
  PayloadMismatch<Event, Schemas>,
] extends [never]
  ? true
  : PayloadMismatch<Event, Schemas>;

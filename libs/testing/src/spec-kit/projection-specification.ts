import { randomUUID } from 'node:crypto';
import type { ActorJson, EnvelopeJson } from '@salw/contracts';
import { Db, MongoClient } from 'mongodb';
import { testInfra, uniqueName } from '../infra';

/** One fact as a projection receives it; the spec numbers each stream's versions in the order given. */
export interface GivenEvent {
  streamId: string;
  type: string;
  data: Record<string, unknown>;
  /** The producing context (default: the spec's). */
  context?: string;
}

/** An event as a consumer hands it to a projection (the shape of ConsumedEvent in @salw/messaging, whose specs import this lib). */
export interface ProjectedEvent extends EnvelopeJson {
  source: { topic: string; partition: number; offset: string };
}

export interface ProjectionUnderTest<Doc> {
  /** Applies one batch, as the live consumer and the rebuild do. */
  apply(db: Db, events: ProjectedEvent[]): Promise<void>;
  /** Reads one document as the routes see it (bookkeeping stripped by the projection lib's reader). */
  read(db: Db, id: string): Promise<Doc | null | undefined>;
}

const SPEC_ACTOR: ActorJson = { subject: 'projection-spec', role: 'system' };

/**
 * given events / when events / then document, on the real MongoDB-wire database (the projection writers' guards are
 * database writes; an in-memory copy would prove nothing about them). Every `then` also checks the claim the
 * projection writers make: the `when` events redelivered, and the whole history replayed, leave the document as it was.
 */
export const ProjectionSpecification = {
  for<Doc>(projection: ProjectionUnderTest<Doc>, options: { context: string }) {
    let client: Promise<MongoClient> | undefined;
    const connect = () => (client ??= MongoClient.connect(testInfra().mongoUrl));
    return {
      given: (given: GivenEvent[]) => ({
        when: (when: GivenEvent[]) =>
          new ProjectionThen(projection, connect, numbered([...given, ...when], options.context), given.length),
      }),
      /** Closes the spec's connection (afterAll). */
      close: async () => {
        if (client) await (await client).close();
      },
    };
  },
};

export class ProjectionThen<Doc> {
  constructor(
    private readonly projection: ProjectionUnderTest<Doc>,
    private readonly connect: () => Promise<MongoClient>,
    private readonly history: ProjectedEvent[],
    private readonly givenCount: number,
  ) {}

  /** The document `id` reads as `expected`, also after redelivery and replay. Returns it for further checks. */
  async then(id: string, expected: Doc | ((doc: Doc) => void)): Promise<Doc> {
    const doc = await this.settled(id);
    if (doc == null) throw new Error(`Expected document ${id}, but the projection wrote none`);
    if (typeof expected === 'function') (expected as (doc: Doc) => void)(doc);
    else expect(doc).toEqual(expected);
    return doc;
  }

  /** The projection writes no document `id` (e.g. an event it does not project). */
  async thenNoDocument(id: string): Promise<void> {
    expect(await this.settled(id)).toBeFalsy();
  }

  /** Given, then when, applied once; then the when events again (redelivery) and everything again (replay): same document. */
  private async settled(id: string): Promise<Doc | null | undefined> {
    const db = (await this.connect()).db(uniqueName('projection-spec'));
    try {
      const given = this.history.slice(0, this.givenCount);
      const when = this.history.slice(this.givenCount);
      if (given.length > 0) await this.projection.apply(db, given);
      await this.projection.apply(db, when);
      const once = await this.projection.read(db, id);
      // The projection writers' bookkeeping key (`BOOKKEEPING` in @salw/messaging, whose specs import this lib): readers never see it.
      expect(Object.keys(once ?? {})).not.toContain('_projection');
      await this.projection.apply(db, when);
      expect(await this.projection.read(db, id)).toEqual(once); // "applied twice, same result"
      await this.projection.apply(db, this.history);
      expect(await this.projection.read(db, id)).toEqual(once); // a replay from the start changes nothing either
      return once;
    } finally {
      await db.dropDatabase();
    }
  }
}

/** Gives each event its stream's next version, as the event store would, and the envelope fields a consumer reads. */
function numbered(events: GivenEvent[], context: string): ProjectedEvent[] {
  const versions = new Map<string, number>();
  const at = new Date('2026-01-01T00:00:00Z').toISOString();
  return events.map((event, offset) => {
    const streamVersion = (versions.get(event.streamId) ?? 0) + 1;
    versions.set(event.streamId, streamVersion);
    return {
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: 1,
      streamId: event.streamId,
      streamVersion,
      occurredAt: at,
      recordedAt: at,
      actor: SPEC_ACTOR,
      correlationId: randomUUID(),
      context: event.context ?? context,
      payload: event.data,
      source: { topic: `spec:${event.context ?? context}`, partition: 0, offset: String(offset) },
    };
  });
}

import { randomUUID } from 'node:crypto';
import { eventually } from '@salw/testing';
import { ConsumedEvent, toMessage } from '../event-message';
import { InMemoryBroker } from '../in-memory/in-memory-broker';
import { EventBatchTransport } from './event-batch.transport';

const event = (streamId: string) => ({
  eventId: randomUUID(),
  type: 'Counted',
  schemaVersion: 1,
  streamId,
  streamVersion: 1,
  occurredAt: new Date(),
  recordedAt: new Date(),
  actor: { subject: 'spec', role: 'system' },
  correlationId: randomUUID(),
  context: 'spec',
  data: {},
  position: 1,
});

/** Starts the transport; resolves with the error its listen reports, if any. */
function listen(transport: EventBatchTransport): Promise<unknown> {
  return new Promise((resolve) => transport.listen(resolve));
}

describe('EventBatchTransport binds handlers by name to the topics of the settings', () => {
  it('hands the configured topic to the handler bound to its name', async () => {
    const broker = new InMemoryBroker();
    const transport = new EventBatchTransport(broker, { groupId: 'spec', topics: { counts: 'spec.counts.v1' } });
    const received: ConsumedEvent[] = [];
    transport.addHandler('counts', async (events: ConsumedEvent[]) => void received.push(...events), true);
    expect(await listen(transport)).toBeUndefined();
    await (await broker.producer()).send('spec.counts.v1', [toMessage(event('count:1'))]);
    await eventually(async () =>
      expect(received.map((consumed) => [consumed.streamId, consumed.source.topic])).toEqual([
        ['count:1', 'spec.counts.v1'],
      ]),
    );
    await transport.close();
  });

  it('refuses to start a handler whose name the settings do not map', async () => {
    const transport = new EventBatchTransport(new InMemoryBroker(), { groupId: 'spec', topics: { counts: 'x' } });
    transport.addHandler('totals', async () => undefined, true);
    expect(String(await listen(transport))).toContain("@EventPattern('totals') names no topic of the settings");
  });
});

import { chunkByBytes, messageBytes, singleMessageBatchBytes } from './event-message';
import { OutgoingMessage } from './ports';

const message = (n: number, valueBytes: number): OutgoingMessage => ({
  key: `k${n}`,
  value: 'v'.repeat(valueBytes),
  headers: { 'event-type': 'Noted' },
});

describe('byte-sized produce batches', () => {
  it('estimates a message from above: key, value, headers and record framing', () => {
    const m = message(1, 1000);
    expect(messageBytes(m)).toBeGreaterThan(Buffer.byteLength(m.key) + 1000 + 'event-type'.length + 'Noted'.length);
    expect(singleMessageBatchBytes(m)).toBeGreaterThan(messageBytes(m));
    expect(messageBytes({ ...m, value: 'é'.repeat(500) })).toBe(messageBytes(m)); // bytes, not characters
  });

  it('cuts the messages into consecutive runs within the limit, in their order', () => {
    const messages = Array.from({ length: 25 }, (_, i) => message(i, 100_000));
    const chunks = chunkByBytes(messages, 1_000_000);
    expect(chunks.flat()).toEqual(messages);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of chunks)
      expect(61 + chunk.reduce((sum, m) => sum + messageBytes(m), 0)).toBeLessThanOrEqual(1_000_000);
  });

  it('sends a message larger than the limit on its own (the broker will say it is too large), the others around it still batched', () => {
    const chunks = chunkByBytes([message(1, 10), message(2, 2_000_000), message(3, 10), message(4, 10)], 1_000_000);
    expect(chunks.map((chunk) => chunk.map((m) => m.key))).toEqual([['k1'], ['k2'], ['k3', 'k4']]);
  });

  it('sends nothing for no messages', () => {
    expect(chunkByBytes([], 1_000_000)).toEqual([]);
  });
});

import type { Db } from 'mongodb';
import { ConsumedEvent } from '../event-message';
import { GuardedWrites } from '../projection/guarded-writes';

/**
 * A projection for the integration tests: sums `amount` per stream and counts applications,
 * so an event applied twice (or lost) shows in the totals. `Exploding` events fail.
 */
export function totalsProjection(db: Db) {
  return async (events: ConsumedEvent[]): Promise<void> => {
    const bad = events.find((event) => event.type === 'Exploding');
    if (bad) throw new Error(`boom in ${bad.streamId}`);
    const writes = new GuardedWrites();
    for (const event of events) {
      writes.update(event.streamId, event.streamId, event.streamVersion, {
        $inc: { total: Number(event.payload.amount), applied: 1 },
      });
    }
    await writes.flush(db.collection('totals'));
  };
}

export async function totals(db: Db): Promise<Record<string, { total: number; applied: number }>> {
  const docs = await db.collection('totals').find().toArray();
  return Object.fromEntries(docs.map((doc) => [String(doc._id), { total: doc.total, applied: doc.applied }]));
}

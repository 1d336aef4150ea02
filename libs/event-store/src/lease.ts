import type { Collection, Db } from 'mongodb';
import { isDuplicateKey } from './mongo-event-store';

interface LeaseDocument {
  _id: string;
  holder: string;
  expiresAt: Date;
}

/**
 * A lease with an expiry, so only one relay per context publishes at a time (per-stream order
 * survives scale-out) and a dead holder is replaced once its lease runs out. On FerretDB v1 the
 * conditional update is not atomic, so two relays starting at the same moment may both publish for
 * a while: consumers deduplicate, and each relay publishes a stream's commits in order.
 */
export class Lease {
  private readonly leases: Collection<LeaseDocument>;

  constructor(
    db: Db,
    readonly name: string,
    readonly holder: string,
    readonly ttlMs = 10_000,
  ) {
    this.leases = db.collection<LeaseDocument>('leases');
  }

  /** Takes or renews the lease; false while another live holder has it. */
  async tryAcquire(now = new Date()): Promise<boolean> {
    try {
      await this.leases.findOneAndUpdate(
        { _id: this.name, $or: [{ holder: this.holder }, { expiresAt: { $lt: now } }] },
        { $set: { holder: this.holder, expiresAt: new Date(now.getTime() + this.ttlMs) } },
        { upsert: true },
      );
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false; // held by someone else: the upsert collided on _id
      throw error;
    }
  }

  async release(): Promise<void> {
    await this.leases.deleteOne({ _id: this.name, holder: this.holder });
  }
}

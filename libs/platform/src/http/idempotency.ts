import { createHash } from 'node:crypto';
import { HttpException, HttpStatus } from '@nestjs/common';
import { InvalidInput } from '@salw/decider';
import { Actor, isDuplicateKey } from '@salw/event-store';
import type { Collection, Db } from 'mongodb';

export interface StoredResponse<Body = unknown> {
  status: number;
  body: Body;
  headers?: Record<string, string>;
}

interface IdempotencyRecord extends StoredResponse {
  _id: string;
  requestHash: string;
  createdAt: Date;
}

/** What an Idempotency-Key may be (the OpenAPI documents say the same). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Idempotency-Key for writes: the same key and body give the same answer and one set of
 * events. The key also becomes the commit id, so two copies racing each other still append once.
 * Keys are scoped per actor (the token's subject): a key another caller happened to choose, or
 * learned, neither replays that caller's answer nor blocks this one's request.
 */
export class IdempotencyStore {
  private readonly records: Collection<IdempotencyRecord>;

  constructor(db: Db) {
    this.records = db.collection<IdempotencyRecord>('idempotency_keys');
  }

  async run<Body>(
    actor: Pick<Actor, 'subject'>,
    scope: string,
    key: string | undefined,
    request: unknown,
    execute: (commitId: string | undefined) => Promise<StoredResponse<Body>>,
  ): Promise<StoredResponse<Body> & { replayed: boolean }> {
    if (key === undefined) return { ...(await execute(undefined)), replayed: false };
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw new InvalidInput([
        { path: 'header.Idempotency-Key', message: 'must be 1 to 200 printable ASCII characters' },
      ]);
    }
    const id = createHash('sha256').update(`${actor.subject}\n${scope}\n${key}`).digest('hex');
    const requestHash = createHash('sha256')
      .update(JSON.stringify(request ?? null))
      .digest('hex');
    const earlier = await this.records.findOne({ _id: id });
    if (earlier) return { ...this.replay<Body>(earlier, requestHash), replayed: true };

    const response = await execute(`idem-${id}`);
    try {
      await this.records.insertOne({ _id: id, requestHash, createdAt: new Date(), ...response });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error; // a twin request stored the same answer first
    }
    return { ...response, replayed: false };
  }

  private replay<Body>(record: IdempotencyRecord, requestHash: string): StoredResponse<Body> {
    if (record.requestHash !== requestHash) {
      throw new HttpException(
        {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 'This Idempotency-Key was used with a different request body',
        },
        HttpStatus.UNPROCESSABLE_ENTITY,
      );
    }
    return { status: record.status, body: record.body as Body, headers: record.headers };
  }
}

/** Another writer appended to the stream first: the caller must re-read and decide again. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | undefined,
  ) {
    super(
      `Stream ${streamId} is at version ${actualVersion ?? 'unknown (a concurrent commit won)'}, not at the expected ${expectedVersion}`,
    );
    this.name = 'ConcurrencyError';
  }
}

/**
 * A command's event would be larger than the broker accepts: the relay could never publish it (and would retry it
 * forever), so the store refuses the commit and nothing is stored. HTTP answers 413 naming the limit.
 */
export class CommitTooLarge extends Error {
  constructor(
    readonly streamId: string,
    readonly eventType: string,
    readonly sizeBytes: number,
    readonly limitBytes: number,
  ) {
    super(
      `The ${eventType} event of this change would be ${sizeBytes} bytes as a message; the event backbone accepts at ` +
        `most ${limitBytes} bytes per event. Nothing was stored: send less (fewer or shorter values) per report.`,
    );
    this.name = 'CommitTooLarge';
  }
}

/** Thrown by an EventPublisher when the broker refuses a message as larger than it accepts (never retried as is). */
export class MessageTooLarge extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageTooLarge';
  }
}

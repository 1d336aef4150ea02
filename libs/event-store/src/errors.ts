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

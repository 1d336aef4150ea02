/**
 * Errors of the infrastructure (database or broker unreachable) are retried without limit by
 * rethrowing to the client, which re-delivers from the last committed offset: parking every
 * message of an outage in the dead-letter topic would lose them from the projection.
 */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, retriable } = error as { name?: string; retriable?: boolean };
  if (retriable === true) return true;
  return (
    typeof name === 'string' &&
    /^(MongoNetworkError|MongoServerSelectionError|MongoNetworkTimeoutError|MongoNotConnectedError|MongoTopologyClosedError|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded|KafkaJSRequestTimeoutError)$/.test(
      name,
    )
  );
}

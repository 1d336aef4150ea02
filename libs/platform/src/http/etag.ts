import { InvalidInput } from '@salw/decider';

/** The stream version as a strong ETag: "3". */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** An If-Match this API reads: "3", W/"3" or 3 (the OpenAPI documents say the same). */
export const IF_MATCH = /^(?:W\/)?"?(\d+)"?$/;

/** Reads If-Match ("3" or W/"3"); undefined when absent, 400 when unreadable. */
export function expectedVersionFrom(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch === '') return undefined;
  const match = IF_MATCH.exec(ifMatch.trim());
  if (!match)
    throw new InvalidInput([{ path: 'header.If-Match', message: 'must be an ETag returned by this API, e.g. "3"' }]);
  return Number(match[1]);
}

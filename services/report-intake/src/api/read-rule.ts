import { AuthenticatedActor, seesUnderReview } from '@salw/platform';

/*
 * report-intake's read rule (the platform's `seesUnderReview`): a report under review — its unaccepted revisions and
 * SEESAC's return comments — is read only by SEESAC and the ministry of its jurisdiction. Every other reader sees
 * accepted revisions, without the comments of the returns that led to them.
 */

export const seesOnlyAccepted = (reader: AuthenticatedActor, jurisdiction: string) =>
  !seesUnderReview(reader, jurisdiction);

/** The same thing as `reader` may see it: without SEESAC's return comments unless they are a party to the review. */
export function asSeenBy<T extends { comments?: string }>(
  reader: AuthenticatedActor,
  jurisdiction: string,
  item: T,
): T | Omit<T, 'comments'> {
  if (seesUnderReview(reader, jurisdiction)) return item;
  const { comments: _comments, ...rest } = item;
  return rest;
}

// The share of women among participants whose gender is recorded: exact, "no data" when none is.
import type { Gender } from './meeting/meeting.events';

export interface GenderCounts {
  women: number;
  men: number;
  other: number;
  /** Participants whose gender is not recorded: left out of the share. */
  notRecorded: number;
}

export type GenderShare =
  | { status: 'no_data'; participants: number; reason: string }
  | {
      status: 'recorded';
      women: number;
      men: number;
      other: number;
      total: number;
      notRecorded: number;
      share: string;
      ratio: string;
    };

export const emptyCounts = (): GenderCounts => ({ women: 0, men: 0, other: 0, notRecorded: 0 });

export function countGenders(participants: { gender?: Gender }[], into: GenderCounts = emptyCounts()): GenderCounts {
  const counts = { ...into };
  for (const participant of participants) {
    if (participant.gender === 'female') counts.women++;
    else if (participant.gender === 'male') counts.men++;
    else if (participant.gender === 'other') counts.other++;
    else counts.notRecorded++;
  }
  return counts;
}

export function addCounts(a: GenderCounts, b: Partial<GenderCounts>): GenderCounts {
  return {
    women: a.women + (b.women ?? 0),
    men: a.men + (b.men ?? 0),
    other: a.other + (b.other ?? 0),
    notRecorded: a.notRecorded + (b.notRecorded ?? 0),
  };
}

/** Percentage with one decimal, rounded half up, computed in integers (7 of 20 → "35.0"). */
export function genderShare(counts: GenderCounts): GenderShare {
  const total = counts.women + counts.men + counts.other;
  if (total === 0) {
    return { status: 'no_data', participants: counts.notRecorded, reason: 'no participant has a recorded gender' };
  }
  const tenths = (BigInt(counts.women) * 2000n + BigInt(total)) / (2n * BigInt(total));
  const share = `${tenths / 10n}.${tenths % 10n}`;
  return { status: 'recorded', ...counts, total, share, ratio: `${counts.women}/${total}` };
}

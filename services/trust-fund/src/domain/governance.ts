import { formatAmount } from './money';

/** The fund's fixed actors (Terms of Reference of the Roadmap MPTF, seed 004). */
export const PARTICIPATING_ORGANIZATIONS = ['UNDP', 'UNODC'] as const;
export const SECRETARIAT = 'SEESAC';
export const ADMINISTRATIVE_AGENT = 'MPTF Office';
export const TOP_DONOR_SEATS = 3;

/**
 * The Steering Committee's ex officio members (004: "composed of ex officio members: Germany,
 * France and EU"), by donor id. Governance, not a donor's say: registering a donor cannot make it one.
 */
export const EX_OFFICIO_MEMBERS = [
  { donorId: 'germany', name: 'Germany' },
  { donorId: 'france', name: 'France' },
  { donorId: 'european-union', name: 'European Union' },
] as const;

export function isExOfficio(donorId: string): boolean {
  return EX_OFFICIO_MEMBERS.some((member) => member.donorId === donorId);
}

export function isParticipatingOrganization(name: string): boolean {
  return (PARTICIPATING_ORGANIZATIONS as readonly string[]).includes(name);
}

export interface DonorStanding {
  donorId: string;
  name: string;
  exOfficio: boolean;
  /** USD deposited, minor units. */
  depositedUsd: bigint;
  /** ISO date of the first deposit; undefined if none yet. */
  firstDepositOn?: string;
}

export type Seat =
  'ex_officio' | 'top_donor' | 'participating_organization' | 'observer' | 'administrative_agent' | 'secretariat';

export interface CommitteeMember {
  name: string;
  donorId?: string;
  seat: Seat;
  votes: boolean;
  reason: string;
}

export interface CommitteeComposition {
  members: CommitteeMember[];
  /** Donor ids of the top-donor seats, in rank order. */
  topDonors: string[];
}

/**
 * Ranks the non-ex-officio donors: more USD deposited first; on a tie the earlier first deposit;
 * then the name (alphabetical). Donors with nothing deposited do not rank.
 */
export function rankDonors(donors: DonorStanding[]): DonorStanding[] {
  return donors
    .filter((donor) => !donor.exOfficio && donor.depositedUsd > 0n)
    .sort((a, b) => {
      if (a.depositedUsd !== b.depositedUsd) return a.depositedUsd > b.depositedUsd ? -1 : 1;
      const firstA = a.firstDepositOn ?? '9999-12-31';
      const firstB = b.firstDepositOn ?? '9999-12-31';
      if (firstA !== firstB) return firstA < firstB ? -1 : 1;
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
}

function tieNote(donor: DonorStanding, ranked: DonorStanding[]): string {
  const tied = ranked.filter((other) => other !== donor && other.depositedUsd === donor.depositedUsd);
  if (tied.length === 0) return '';
  return `; tied with ${tied.map((other) => other.name).join(', ')}, order broken by earliest first deposit, then name`;
}

/** The Steering Committee as the data make it: who sits, who votes, and why. */
export function steeringCommittee(donors: DonorStanding[]): CommitteeComposition {
  const ranked = rankDonors(donors);
  const top = ranked.slice(0, TOP_DONOR_SEATS);
  const members: CommitteeMember[] = [];
  for (const donor of donors.filter((d) => d.exOfficio).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    members.push({
      name: donor.name,
      donorId: donor.donorId,
      seat: 'ex_officio',
      votes: true,
      reason: 'ex officio member',
    });
  }
  top.forEach((donor, index) => {
    members.push({
      name: donor.name,
      donorId: donor.donorId,
      seat: 'top_donor',
      votes: true,
      reason: `rank ${index + 1} of the other donors by deposits: USD ${formatAmount(donor.depositedUsd)}${tieNote(donor, ranked)}`,
    });
  });
  for (const name of PARTICIPATING_ORGANIZATIONS) {
    members.push({ name, seat: 'participating_organization', votes: true, reason: 'participating organization' });
  }
  const observers = donors.filter((d) => !d.exOfficio && !top.includes(d)).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const donor of observers) {
    const rank = ranked.indexOf(donor);
    members.push({
      name: donor.name,
      donorId: donor.donorId,
      seat: 'observer',
      votes: false,
      reason:
        rank < 0
          ? 'donor without deposits: observer'
          : `rank ${rank + 1} of the other donors by deposits: USD ${formatAmount(donor.depositedUsd)}${tieNote(donor, ranked)}; observer`,
    });
  }
  members.push({
    name: ADMINISTRATIVE_AGENT,
    seat: 'administrative_agent',
    votes: false,
    reason: 'Administrative Agent, no vote',
  });
  members.push({ name: SECRETARIAT, seat: 'secretariat', votes: false, reason: 'Secretariat, no vote' });
  return { members, topDonors: top.map((donor) => donor.donorId) };
}

/** Names of the voting members (for recording a decision's quorum). */
export function votingMembers(composition: CommitteeComposition): string[] {
  return composition.members.filter((member) => member.votes).map((member) => member.name);
}

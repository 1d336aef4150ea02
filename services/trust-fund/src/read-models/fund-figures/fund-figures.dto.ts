import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES } from '../../domain/money';

// The answers of the figures' reads, declared so OpenAPI (and the fuzz stage checking answers against it) knows them.

/** Money in an answer: an exact decimal string with two decimals, never a number. */
const Money = (example: string, description?: string) =>
  ApiProperty({ type: String, pattern: '^-?\\d+\\.\\d{2}$', example, ...(description ? { description } : {}) });
const Day = () => ApiProperty({ type: String, format: 'date', example: '2019-12-31' });

export class DepositAsBookedDto {
  @ApiProperty({ example: 'sweden-2019' }) depositId: string;
  @ApiProperty({ enum: CURRENCIES, description: 'the currency deposited' }) currency: string;
  @Money('7000000.00', 'the amount in the currency deposited') amount: string;
  @Money('724300.00', 'the USD the Administrative Agent booked (authoritative)') usdAmount: string;
  @ApiProperty({ example: '0.1034714286' }) rate: string;
  @ApiProperty({ description: 'true when the rate was derived from the amounts (none was given)' })
  rateDerived: boolean;
  @Day() depositedOn: string;
}

export class OriginalCurrencyAmountDto {
  @ApiProperty({ enum: CURRENCIES }) currency: string;
  @Money('7000000.00') amount: string;
  @Money('724300.00') usd: string;
}

export class ContributionYearDto {
  @ApiProperty({ example: 2019 }) year: number;
  @Money('724300.00') usd: string;
  @ApiProperty({
    type: [OriginalCurrencyAmountDto],
    description: 'by currency deposited (currencies are never added together)',
  })
  original: OriginalCurrencyAmountDto[];
}

export class DonorContributionsDto {
  @ApiProperty({ example: 'sweden' }) donorId: string;
  @ApiProperty({ example: 'Sweden' }) donor: string;
  @Money('724300.00') usd: string;
  @ApiProperty({ type: [ContributionYearDto] }) byYear: ContributionYearDto[];
  @ApiProperty({ type: [DepositAsBookedDto] }) deposits: DepositAsBookedDto[];
}

export class ContributionsDto {
  @ApiProperty({ enum: ['USD'] }) currency: 'USD';
  @ApiProperty({ type: [DonorContributionsDto], description: 'donors by USD deposited, most first' })
  byDonor: DonorContributionsDto[];
  @Money('1560808.00') depositedUsd: string;
}

const SEATS = [
  'ex_officio',
  'top_donor',
  'participating_organization',
  'observer',
  'administrative_agent',
  'secretariat',
];

export class CommitteeMemberDto {
  @ApiProperty({ example: 'Sweden' }) name: string;
  @ApiPropertyOptional({ example: 'sweden' }) donorId?: string;
  @ApiProperty({ enum: SEATS }) seat: string;
  @ApiProperty() votes: boolean;
  @ApiProperty() reason: string;
}

export class LastRecompositionDto {
  @ApiProperty({ type: [String] }) topDonors: string[];
  @ApiProperty() reason: string;
}

export class RecompositionDto {
  @ApiProperty({ example: 'netherlands-1' }) causedByDepositId: string;
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'the date of the deposit that changed the ranking',
  })
  recomposedOn?: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: [String], description: 'top-donor seats after it, in rank order' }) topDonors: string[];
  @ApiProperty({ type: [String] }) previousTopDonors: string[];
  @ApiProperty({ type: [CommitteeMemberDto], description: 'the committee after it, with the reason for every seat' })
  members: CommitteeMemberDto[];
}

export class SteeringCommitteeDto {
  @ApiProperty({ type: [CommitteeMemberDto] }) members: CommitteeMemberDto[];
  @ApiProperty({ type: [String] }) votingMembers: string[];
  @ApiProperty() rule: string;
  @ApiPropertyOptional({ type: LastRecompositionDto }) lastRecomposition?: LastRecompositionDto;
  @ApiProperty({ type: [RecompositionDto], description: 'every recomposition, oldest first' })
  recompositions: RecompositionDto[];
}

class FundedAmountsDto {
  @Money('300000.00', 'approved budgets') approvedUsd: string;
  @Money('214000.00', 'transferred to participating organizations') transferredUsd: string;
  @Money('4000.00', 'refunded by participating organizations') refundedUsd: string;
  @Money('210000.00', 'transferred less refunded') netTransferredUsd: string;
}
export class GoalFundingDto extends FundedAmountsDto {
  @ApiProperty({ example: 6 }) goal: number;
}
export class JurisdictionFundingDto extends FundedAmountsDto {
  @ApiProperty({ example: 'belgrade' }) jurisdiction: string;
}
export class GoalJurisdictionFundingDto extends FundedAmountsDto {
  @ApiProperty({ example: 6 }) goal: number;
  @ApiProperty({ example: 'belgrade' }) jurisdiction: string;
}
export class FundingDto {
  @ApiProperty({ type: [GoalFundingDto] }) byGoal: GoalFundingDto[];
  @ApiProperty({ type: [JurisdictionFundingDto] }) byJurisdiction: JurisdictionFundingDto[];
  @ApiProperty({ type: [GoalJurisdictionFundingDto], description: 'per goal within each jurisdiction a project names' })
  byGoalAndJurisdiction: GoalJurisdictionFundingDto[];
}

export class GoalAllocationDto {
  @ApiProperty({ example: 6 }) goal: number;
  @Money('300000.00') usd: string;
}
export class JurisdictionAllocationDto {
  @ApiProperty({ example: 'belgrade' }) jurisdiction: string;
  @Money('300000.00') usd: string;
}
export class AllocationsDto {
  @ApiProperty({ enum: ['USD'] }) currency: 'USD';
  @ApiProperty({ type: [GoalAllocationDto], description: 'approved USD by goal' }) byGoal: GoalAllocationDto[];
  @ApiProperty({ type: [JurisdictionAllocationDto], description: 'approved USD by jurisdiction' })
  byJurisdiction: JurisdictionAllocationDto[];
  @ApiProperty() note: string;
  @Money('9300000.00') allocatedToApprovedProjects: string;
  @ApiProperty({
    type: FundingDto,
    description:
      'approved, transferred and refunded USD per goal, jurisdiction and both, as the service computes them from the projects',
  })
  funding: FundingDto;
}

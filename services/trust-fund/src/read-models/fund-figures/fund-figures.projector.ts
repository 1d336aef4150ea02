import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { trustfundEvents } from '@salw/contracts';
import { ConsumedEvent, FoldBookkeeping, FoldWrites, withoutBookkeeping } from '@salw/messaging';
import { ApiProblem, MONGO_DB, Roles } from '@salw/platform';
import type { Db } from 'mongodb';
import { steeringCommittee } from '../../domain/governance';
import { formatAmount, parseAmount } from '../../domain/money';
import { CONSUMED } from '../../settings';
import { AllocationsDto, ContributionsDto, SteeringCommitteeDto } from './fund-figures.dto';
import {
  contributionsOf,
  emptyFigures,
  foldFigures,
  FundFigures,
  fundingByGoalOf,
  organizationInterestTotal,
  pipelineOf,
  sourcesAndUses,
  standingsOf,
} from './fund-figures.fold';
import { figuresOf, storedFigures, StoredFigures } from './fund-figures.stored';

export const FIGURES_COLLECTION = 'fund_figures';
export const FIGURES_ID = 'roadmap-mptf';

type FiguresDocument = StoredFigures & FoldBookkeeping;

/**
 * Folds a batch into the one figures document exactly once (FoldWrites: events at or below the
 * stream's applied version are skipped; the document is replaced only if nobody wrote it since it
 * was read, otherwise read and folded again). Used live and for replays.
 */
export async function applyFundEvents(db: Db, events: ConsumedEvent[]): Promise<void> {
  const writes = new FoldWrites<StoredFigures>();
  for (const consumed of events) {
    const event = trustfundEvents.decode(consumed);
    if (!event) continue;
    writes.add(FIGURES_ID, event.streamId, event.streamVersion, (doc) => {
      const figures = doc ? figuresOf(structuredClone(doc)) : emptyFigures(); // the fold changes what it is given
      foldFigures(figures, event);
      return storedFigures(figures);
    });
  }
  await writes.flush(db.collection(FIGURES_COLLECTION));
}

export async function readFigures(db: Db): Promise<FundFigures | undefined> {
  const document = await db.collection<FiguresDocument>(FIGURES_COLLECTION).findOne({ _id: FIGURES_ID });
  if (!document) return undefined;
  const { _id, ...figures } = withoutBookkeeping(document);
  return figuresOf(figures);
}

@ApiTags('fund figures')
@ApiProblem(404, 'No fund figures yet: nothing has been recorded')
@ApiBearerAuth()
@Controller('trust-fund')
export class FundFiguresProjector {
  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  @EventPattern(CONSUMED.fund)
  async apply(@Payload() events: ConsumedEvent[]): Promise<void> {
    await applyFundEvents(this.db, events);
  }

  private async figures(): Promise<FundFigures> {
    const figures = await readFigures(this.db);
    if (!figures) throw new NotFoundException('No fund figures yet: nothing has been recorded');
    return figures;
  }

  @Get('ledger')
  @Roles('seesac', 'administrative_agent', 'donor', 'analyst')
  @ApiOperation({ summary: 'Sources and uses of the fund (USD), as the MPTF Office publishes them' })
  @ApiOkResponse({
    description:
      "Deposits by donor and year, interest (earned by the fund, received from participating organizations), refunds to contributors, pledges not deposited, fees, indirect costs, allocations, transfers, refunds, balance; and the statement line by line in the MPTF Office's words",
  })
  async ledger() {
    const f = await this.figures();
    const pledgedNotDeposited = Object.entries(f.pledges)
      .filter(([, pledge]) => pledge.outstanding !== '0.00')
      .map(([pledgeId, pledge]) => ({ pledgeId, donor: f.donors[pledge.donorId]?.name ?? pledge.donorId, ...pledge }));
    return {
      currency: f.currency,
      sources: {
        depositsByDonor: Object.entries(f.donors)
          .filter(([, donor]) => donor.deposits > 0)
          .map(([donorId, donor]) => ({
            donorId,
            donor: donor.name,
            usd: donor.depositedUsd,
            deposits: donor.deposits,
            firstDepositOn: donor.firstDepositOn,
            byYear: Object.entries(donor.byYear)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([year, usd]) => ({ year: Number(year), usd })),
          }))
          .sort((a, b) => compareAmounts(b.usd, a.usd) || (a.donor < b.donor ? -1 : 1)),
        depositsByYear: Object.entries(f.depositsByYear)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([year, usd]) => ({ year: Number(year), usd })),
        deposits: f.depositedUsd,
        refunds: f.refunds,
        interest: {
          earnedByFund: f.fundInterest ?? '0.00',
          fromParticipatingOrganizations: Object.entries(f.organizationInterest ?? {})
            .map(([organization, usd]) => ({ organization, usd }))
            .sort((a, b) => (a.organization < b.organization ? -1 : 1)),
          fromParticipatingOrganizationsTotal: formatAmount(organizationInterestTotal(f)),
        },
        refundsToContributors: {
          usd: f.refundsToContributors ?? '0.00',
          byDonor: Object.entries(f.donors)
            .filter(([, donor]) => donor.refundedUsd !== undefined && donor.refundedUsd !== '0.00')
            .map(([donorId, donor]) => ({ donorId, donor: donor.name, usd: donor.refundedUsd })),
        },
      },
      uses: {
        administrativeAgentFee: { rate: f.administrativeAgentFeeRate, usd: f.administrativeAgentFees },
        transferred: f.transferred,
        indirectCostsWithinTransfers: { rate: f.indirectCostRate, usd: f.indirectCosts },
      },
      allocatedToApprovedProjects: f.allocatedToApprovedProjects,
      availableBalance: f.availableBalance,
      pledgedNotDeposited,
      statement: sourcesAndUses(f),
    };
  }

  @Get('allocations')
  @Roles('seesac', 'administrative_agent', 'donor', 'analyst')
  @ApiOperation({
    summary:
      'USD approved by goal and by jurisdiction, and approved/transferred/refunded per goal, jurisdiction and both (a project counts in each of its goals and jurisdictions: rows overlap)',
  })
  @ApiOkResponse({ type: AllocationsDto })
  async allocations(): Promise<AllocationsDto> {
    const f = await this.figures();
    return {
      currency: f.currency,
      byGoal: Object.entries(f.byGoal)
        .map(([key, usd]) => ({ goal: Number(key.slice('goal-'.length)), usd }))
        .sort((a, b) => a.goal - b.goal),
      byJurisdiction: Object.entries(f.byJurisdiction)
        .map(([jurisdiction, usd]) => ({ jurisdiction, usd }))
        .sort((a, b) => (a.jurisdiction < b.jurisdiction ? -1 : 1)),
      note: 'a project mapped to several goals or jurisdictions counts in full in each: the rows overlap and do not add up to the total',
      allocatedToApprovedProjects: f.allocatedToApprovedProjects,
      funding: fundingByGoalOf(f),
    };
  }

  @Get('contributions')
  @Roles('seesac', 'administrative_agent', 'donor', 'analyst')
  @ApiOperation({
    summary: 'Contributions by donor and year: each deposit in its original currency with the USD booked',
  })
  @ApiOkResponse({ type: ContributionsDto })
  async contributions(): Promise<ContributionsDto> {
    const f = await this.figures();
    return { currency: f.currency, byDonor: contributionsOf(f), depositedUsd: f.depositedUsd };
  }

  @Get('pipeline')
  @Roles('seesac', 'administrative_agent', 'donor', 'analyst')
  @ApiOperation({ summary: 'Projects by stage: proposed, approved, under implementation, completed (and rejected)' })
  async pipeline() {
    return pipelineOf(await this.figures());
  }

  @Get('steering-committee')
  @Roles('seesac', 'administrative_agent', 'donor', 'analyst')
  @ApiOperation({
    summary: 'The Steering Committee as the deposits make it: members, seat, vote and why; and every recomposition',
  })
  @ApiOkResponse({ type: SteeringCommitteeDto })
  async committee(): Promise<SteeringCommitteeDto> {
    const f = await this.figures();
    const composition = steeringCommittee(standingsOf(f));
    return {
      members: composition.members,
      votingMembers: composition.members.filter((member) => member.votes).map((member) => member.name),
      rule: 'top three donors other than the ex officio members by USD deposited; ties broken by the earliest first deposit, then by name',
      ...(f.committee ? { lastRecomposition: f.committee } : {}),
      recompositions: f.recompositions ?? [],
    };
  }
}

function compareAmounts(a: string, b: string): number {
  const [x, y] = [parseAmount(a) ?? 0n, parseAmount(b) ?? 0n];
  return x === y ? 0 : x < y ? -1 : 1;
}

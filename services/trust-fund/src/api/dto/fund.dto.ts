import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CalendarDate } from '@salw/platform';
import { Amount, Currency, DecimalRate, FundId, Name } from './fields';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PARTICIPATING_ORGANIZATIONS } from '../../domain/governance';
import { RATE_PATTERN } from '../../domain/money';

export class SetFeeRatesDto {
  @ApiProperty({ example: '0.01', description: "Administrative Agent's fee, taken at deposit, as a decimal rate" })
  @DecimalRate()
  administrativeAgentFeeRate: string;

  @ApiProperty({
    example: '0.07',
    description: "Participating organizations' indirect costs on direct costs, as a decimal rate",
  })
  @DecimalRate()
  indirectCostRate: string;
}

export class RegisterDonorDto {
  @ApiProperty({ example: 'sweden', description: 'lowercase id' })
  @FundId()
  donorId: string;

  @ApiProperty({ example: 'Sweden' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    example: false,
    deprecated: true,
    description:
      "Leave it out: ex officio membership of the Steering Committee comes from the fund's governance (004: Germany, France and the EU, donor ids germany, france, european-union), not from the caller. Kept for older callers: a value that disagrees with the governance is refused (400).",
  })
  @IsOptional()
  @IsBoolean()
  exOfficio?: boolean;
}

export class RecordPledgeDto {
  @ApiProperty({ example: 'germany-2020-11' })
  @FundId()
  pledgeId: string;

  @ApiProperty({ example: 'germany' })
  @FundId()
  donorId: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217' })
  @Currency()
  currency: string;

  @ApiProperty({ example: '3000000.00', description: 'decimal string in the pledge currency, never a float' })
  @Amount()
  amount: string;

  @ApiProperty({ example: '2020-11-26' })
  @CalendarDate()
  pledgedOn: string;

  @ApiPropertyOptional({ example: 'announced at the 4th Regional Roadmap Coordination Meeting' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class RecordDepositDto {
  @ApiProperty({ example: 'sweden-1' })
  @FundId()
  depositId: string;

  @ApiProperty({ example: 'sweden' })
  @FundId()
  donorId: string;

  @ApiPropertyOptional({ example: 'sweden-pledge-1', description: 'the pledge this deposit pays in, if any' })
  @IsOptional()
  @FundId()
  pledgeId?: string;

  @ApiProperty({ example: 'SEK', description: 'ISO 4217 currency of the contribution' })
  @Currency()
  currency: string;

  @ApiProperty({ example: '7000000.00', description: 'amount in the original currency (decimal string)' })
  @Amount()
  amount: string;

  @ApiProperty({
    example: '724300.00',
    description: 'USD equivalent booked by the Administrative Agent at the deposit date (authoritative)',
  })
  @Amount()
  usdAmount: string;

  @ApiPropertyOptional({
    example: '0.10347',
    description:
      'USD per unit of the currency, as published; checked against usdAmount. Omitted: derived as usdAmount / amount (10 decimals).',
  })
  @IsOptional()
  // The rule the decider applies (parseRate), in the DTO so the document shows it.
  @Matches(new RegExp(RATE_PATTERN), { message: '$property must be a decimal rate (string), e.g. "0.10347"' })
  rate?: string;

  @ApiProperty({ example: '2019-12-31', description: 'date of the rate' })
  @CalendarDate()
  rateDate: string;

  @ApiProperty({ example: 'MPTF Office', description: 'where the rate comes from (not blank)' })
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: '$property must name where the rate comes from' })
  rateSource: string;

  @ApiProperty({ example: '2019-12-31' })
  @CalendarDate()
  depositedOn: string;

  @ApiPropertyOptional({ example: 'date assumed: the seed gives none' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class MakeTransferDto {
  @ApiProperty({ example: 'transfer-1' })
  @FundId()
  transferId: string;

  @ApiProperty({ example: 'undp-evidence-rooms' })
  @FundId()
  projectId: string;

  @ApiProperty({ example: 'UNDP', description: "the project's participating organization" })
  @Name()
  recipient: string;

  @ApiProperty({ example: '250000.00', description: 'USD (decimal string), indirect costs included' })
  @Amount()
  usdAmount: string;

  @ApiProperty({ example: '2021-01-15' })
  @CalendarDate()
  transferredOn: string;
}

export class RecordRefundDto {
  @ApiProperty({ example: 'refund-1' })
  @FundId()
  refundId: string;

  @ApiProperty({ example: 'undp-evidence-rooms' })
  @FundId()
  projectId: string;

  @ApiProperty({ example: 'UNDP' })
  @Name()
  organization: string;

  @ApiProperty({ example: '1200.00' })
  @Amount()
  usdAmount: string;

  @ApiProperty({ example: '2022-03-01' })
  @CalendarDate()
  refundedOn: string;

  @ApiProperty({ example: 'unspent balance at closure' })
  @IsString()
  @MaxLength(500)
  // The decider refuses a blank reason: the document says so (a pattern), so no client is surprised by the 400.
  @Matches(/\S/, { message: 'must not be blank' })
  reason: string;
}

export class RecordInterestDto {
  @ApiProperty({ example: 'interest-2020-fund' })
  @FundId()
  interestId: string;

  @ApiProperty({
    enum: ['fund', ...PARTICIPATING_ORGANIZATIONS],
    example: 'fund',
    description:
      '"fund": interest the fund earned; UNDP or UNODC: interest a participating organization earned on funds transferred to it',
  })
  @IsString()
  @MaxLength(200)
  earnedBy: string;

  @ApiProperty({ example: '1520.35', description: 'USD (decimal string)' })
  @Amount()
  usdAmount: string;

  @ApiProperty({
    example: '2020-12-31',
    description: 'The day the interest was credited (the end of the period it was earned over)',
  })
  @CalendarDate()
  earnedOn: string;

  @ApiPropertyOptional({ example: 'investment income 2020' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class RefundContributorDto {
  @ApiProperty({ example: 'refund-to-norway-1' })
  @FundId()
  refundId: string;

  @ApiProperty({ example: 'norway' })
  @FundId()
  donorId: string;

  @ApiProperty({ example: '10000.00', description: 'USD (decimal string)' })
  @Amount()
  usdAmount: string;

  @ApiProperty({ example: '2021-06-30' })
  @CalendarDate()
  refundedOn: string;

  @ApiProperty({ example: "unprogrammed balance returned at the contributor's request" })
  @IsString()
  @MaxLength(500)
  // The decider refuses a blank reason: the document says so (a pattern), so no client is surprised by the 400.
  @Matches(/\S/, { message: 'must not be blank' })
  reason: string;
}

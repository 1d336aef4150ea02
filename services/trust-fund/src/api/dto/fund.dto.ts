import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class SetFeeRatesDto {
  @ApiProperty({ example: '0.01', description: "Administrative Agent's fee, taken at deposit, as a decimal rate" })
  @IsString()
  administrativeAgentFeeRate: string;

  @ApiProperty({ example: '0.07', description: "Participating organizations' indirect costs on direct costs, as a decimal rate" })
  @IsString()
  indirectCostRate: string;
}

export class RegisterDonorDto {
  @ApiProperty({ example: 'sweden', description: 'lowercase id' })
  @IsString()
  donorId: string;

  @ApiProperty({ example: 'Sweden' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: false, description: 'ex officio member of the Steering Committee (Germany, France, EU)' })
  @IsBoolean()
  exOfficio: boolean;
}

export class RecordPledgeDto {
  @ApiProperty({ example: 'germany-2020-11' })
  @IsString()
  pledgeId: string;

  @ApiProperty({ example: 'germany' })
  @IsString()
  donorId: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217' })
  @IsString()
  currency: string;

  @ApiProperty({ example: '3000000.00', description: 'decimal string in the pledge currency, never a float' })
  @IsString()
  amount: string;

  @ApiProperty({ example: '2020-11-26' })
  @IsString()
  pledgedOn: string;

  @ApiPropertyOptional({ example: 'announced at the 4th Regional Roadmap Coordination Meeting' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class RecordDepositDto {
  @ApiProperty({ example: 'sweden-1' })
  @IsString()
  depositId: string;

  @ApiProperty({ example: 'sweden' })
  @IsString()
  donorId: string;

  @ApiPropertyOptional({ example: 'sweden-pledge-1', description: 'the pledge this deposit pays in, if any' })
  @IsOptional()
  @IsString()
  pledgeId?: string;

  @ApiProperty({ example: 'SEK', description: 'ISO 4217 currency of the contribution' })
  @IsString()
  currency: string;

  @ApiProperty({ example: '7000000.00', description: 'amount in the original currency (decimal string)' })
  @IsString()
  amount: string;

  @ApiProperty({ example: '724300.00', description: 'USD equivalent booked by the Administrative Agent at the deposit date (authoritative)' })
  @IsString()
  usdAmount: string;

  @ApiPropertyOptional({
    example: '0.10347',
    description: 'USD per unit of the currency, as published; checked against usdAmount. Omitted: derived as usdAmount / amount (10 decimals).',
  })
  @IsOptional()
  @IsString()
  rate?: string;

  @ApiProperty({ example: '2019-12-31', description: 'date of the rate' })
  @IsString()
  rateDate: string;

  @ApiProperty({ example: 'MPTF Office', description: 'where the rate comes from' })
  @IsString()
  @MaxLength(200)
  rateSource: string;

  @ApiProperty({ example: '2019-12-31' })
  @IsString()
  depositedOn: string;

  @ApiPropertyOptional({ example: 'date assumed: the seed gives none' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class MakeTransferDto {
  @ApiProperty({ example: 'transfer-1' })
  @IsString()
  transferId: string;

  @ApiProperty({ example: 'undp-evidence-rooms' })
  @IsString()
  projectId: string;

  @ApiProperty({ example: 'UNDP', description: "the project's participating organization" })
  @IsString()
  recipient: string;

  @ApiProperty({ example: '250000.00', description: 'USD (decimal string), indirect costs included' })
  @IsString()
  usdAmount: string;

  @ApiProperty({ example: '2021-01-15' })
  @IsString()
  transferredOn: string;
}

export class RecordRefundDto {
  @ApiProperty({ example: 'refund-1' })
  @IsString()
  refundId: string;

  @ApiProperty({ example: 'undp-evidence-rooms' })
  @IsString()
  projectId: string;

  @ApiProperty({ example: 'UNDP' })
  @IsString()
  organization: string;

  @ApiProperty({ example: '1200.00' })
  @IsString()
  usdAmount: string;

  @ApiProperty({ example: '2022-03-01' })
  @IsString()
  refundedOn: string;

  @ApiProperty({ example: 'unspent balance at closure' })
  @IsString()
  @MaxLength(500)
  reason: string;
}

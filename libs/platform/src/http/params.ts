import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { InvalidInput, MAX_ROUND_NUMBER } from '@salw/decider';

/** A round number (reporting or coordination) in a path, as documented and as checked: 1..MAX_ROUND_NUMBER. */
export const ROUND_NUMBER_SCHEMA = { type: 'integer', minimum: 1, maximum: MAX_ROUND_NUMBER } as const;

/** Documents a round-number path parameter; pair it with `@Param(name, RoundNumberPipe)` so the route checks what it says. */
export const ApiRoundNumberParam = (name: string) => ApiParam({ name, schema: { ...ROUND_NUMBER_SCHEMA } });

/** Digits of a round within 1..MAX_ROUND_NUMBER, or one 400 naming the parameter (never a lookup of round 10^20). */
@Injectable()
export class RoundNumberPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const round = typeof value === 'string' && /^[0-9]{1,3}$/.test(value) ? Number(value) : Number.NaN;
    if (round >= 1 && round <= MAX_ROUND_NUMBER) return round;
    throw new InvalidInput([
      { path: metadata.data ?? 'roundNumber', message: `must be a round number from 1 to ${MAX_ROUND_NUMBER}` },
    ]);
  }
}

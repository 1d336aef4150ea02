import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { Problem } from '@salw/decider';

/** Flattens class-validator's tree into one problem per failed rule, each with its full path. */
export function toProblems(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...toProblems(error.children ?? [], path)];
  });
}

/**
 * A DTO class may name the checks class-validator cannot express (the KPI catalogue, rules between
 * fields): `static inputProblems(body: unknown): Problem[]`, pure, never throwing on any input.
 * They run in the same pass as the shape checks, so one 400 lists every problem.
 */
export interface WithInputProblems {
  inputProblems(body: unknown): Problem[];
}

function hasInputProblems(metatype: unknown): metatype is WithInputProblems {
  return typeof (metatype as Partial<WithInputProblems> | undefined)?.inputProblems === 'function';
}

const invalid = (problems: Problem[]) => new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Invalid input', problems });

/** Whitelist + refuse unknown fields + list every problem (shape and DTO input checks): the 400 a ministry system can act on. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const extra = metadata.type === 'body' && hasInputProblems(metadata.metatype) ? metadata.metatype.inputProblems(value) : [];
    try {
      const transformed = await super.transform(value, metadata);
      if (extra.length > 0) throw invalid(extra);
      return transformed;
    } catch (error) {
      if (!(error instanceof BadRequestException) || extra.length === 0) throw error;
      const shape = (error.getResponse() as { problems?: Problem[] }).problems ?? [];
      const seen = new Set(shape.map((problem) => `${problem.path}\n${problem.message}`));
      throw invalid([...shape, ...extra.filter((problem) => !seen.has(`${problem.path}\n${problem.message}`))]);
    }
  }
}

export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalid(toProblems(errors)),
  });
}

import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { Problem } from '@salw/decider';

/** Flattens class-validator's tree into one problem per failed rule, each with its full path. */
export function toProblems(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...toProblems(error.children ?? [], path)];
  });
}

/** Whitelist + refuse unknown fields + list every problem: the 400 a ministry system can act on. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Invalid input', problems: toProblems(errors) }),
  });
}

import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { Problem } from '@salw/decider';

/**
 * Flattens class-validator's tree into one problem per failed field, with its full path. When
 * several rules of a field fail, the one written first (its type: `@IsString()` above
 * `@MaxLength()`) is named: class-validator lists a field's rules from the last decorator up.
 */
export function toProblems(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const message = Object.values(error.constraints ?? {}).at(-1);
    return [...(message === undefined ? [] : [{ path, message }]), ...toProblems(error.children ?? [], path)];
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

const invalid = (problems: Problem[]) =>
  new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Invalid input', problems });

/**
 * An optional field sent as null is absent (the document says optional fields are nullable, as @IsOptional lets null
 * through): the command path and the deciders then see one "not given", never a null they would refuse.
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) {
    value.forEach(withoutNulls);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, field] of Object.entries(value)) {
      if (field === null) delete (value as Record<string, unknown>)[key];
      else withoutNulls(field);
    }
  }
  return value;
}

const isDto = (metatype: unknown) =>
  typeof metatype === 'function' && ![Object, String, Number, Boolean, Array].includes(metatype as never);

/** Whitelist + refuse unknown fields + list every problem (shape and DTO input checks): the 400 a ministry system can act on. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A path parameter reaches the route's own pipe (RoundNumberPipe, ParseIntPipe) as the URL's text: Number()
    // here would read "6\r" as 6 and "1.0" as 1, and the route's check would see a number instead.
    if (metadata.type === 'param' && (metadata.metatype === Number || metadata.metatype === Boolean)) return value;
    const extra =
      metadata.type === 'body' && hasInputProblems(metadata.metatype) ? metadata.metatype.inputProblems(value) : [];
    try {
      const transformed = await super.transform(value, metadata);
      if (extra.length > 0) throw invalid(extra);
      // Only a DTO's optional fields: a raw body (@Body() body: unknown) is the route's own to read, nulls and all.
      return isDto(metadata.metatype) ? withoutNulls(transformed) : transformed;
    } catch (error) {
      if (!(error instanceof BadRequestException) || extra.length === 0) throw error;
      const shape = (error.getResponse() as { problems?: Problem[] }).problems ?? [];
      // A field the shape check named already is not named again by the input checks.
      const named = new Set(shape.map((problem) => problem.path));
      throw invalid([...shape, ...extra.filter((problem) => !named.has(problem.path))]);
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

import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { DomainError, InvalidInput } from '@salw/decider';
import { CommitTooLarge, ConcurrencyError } from '@salw/event-store';
import { throwError } from 'rxjs';

const STATUS: Record<DomainError['kind'], number> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
};

/**
 * HTTP: domain errors become 400/403/404/409 with a readable body, a commit larger than the event backbone carries
 * 413 naming the limit; the rest as Nest does.
 * Event handlers (rpc): the ORIGINAL error is rethrown so the consumer can retry or dead-letter
 * with the real reason (Nest's default rpc filter would replace it with "Internal server error").
 */
@Catch()
export class PlatformExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Errors');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() === 'rpc') return throwError(() => exception);
    const mapped = this.toHttp(exception);
    if (!mapped) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      return super.catch(exception, host);
    }
    return super.catch(mapped, host);
  }

  private toHttp(exception: unknown): HttpException | undefined {
    if (exception instanceof HttpException) return exception;
    if (exception instanceof ConcurrencyError) {
      return new HttpException({ statusCode: 409, error: 'Conflict', message: exception.message }, HttpStatus.CONFLICT);
    }
    if (exception instanceof CommitTooLarge) {
      const body = {
        statusCode: HttpStatus.PAYLOAD_TOO_LARGE,
        error: 'Payload Too Large',
        message: exception.message,
        limitBytes: exception.limitBytes,
        sizeBytes: exception.sizeBytes,
      };
      return new HttpException(body, HttpStatus.PAYLOAD_TOO_LARGE);
    }
    if (exception instanceof DomainError) {
      const status = STATUS[exception.kind];
      const body: Record<string, unknown> = { statusCode: status, error: exception.name, message: exception.message };
      if (exception instanceof InvalidInput)
        body.problems = exception.problems.map(({ path, message }) => ({ path, message }));
      return new HttpException(body, status);
    }
    if (isBodyParserError(exception)) {
      return new HttpException(
        { statusCode: exception.status, error: 'Bad Request', message: exception.message },
        exception.status,
      );
    }
    return undefined;
  }
}

function isBodyParserError(error: unknown): error is { status: number; message: string } {
  const status = (error as { status?: unknown })?.status;
  return (
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    typeof (error as { type?: unknown }).type === 'string'
  );
}

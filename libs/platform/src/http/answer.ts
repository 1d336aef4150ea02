import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import { etagOf } from './etag';

/** A body with the headers it is answered with: a controller returns it instead of touching the response. */
export class HttpAnswer<Body = unknown> {
  constructor(
    readonly body: Body,
    readonly headers: Record<string, string>,
  ) {}
}

/** A read of a stream: its body, and its version as ETag (the If-Match of the stream's writes). */
export function versioned<Body>(version: number, body: Body, headers: Record<string, string> = {}): HttpAnswer<Body> {
  return new HttpAnswer(body, { ETag: etagOf(version), ...headers });
}

/** Writes the headers of an HttpAnswer (global: every route may return one). */
@Injectable()
export class HttpAnswerInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof HttpAnswer) || context.getType() !== 'http') return value;
        const response = context.switchToHttp().getResponse<Response>();
        for (const [name, header] of Object.entries(value.headers)) response.setHeader(name, header);
        return value.body as unknown;
      }),
    );
  }
}

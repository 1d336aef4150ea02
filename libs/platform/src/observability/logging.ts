import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { CORRELATION_HEADER, requestContext } from '../request-context';

/**
 * Structured JSON logs; every line carries the correlation id of the request or consumed batch
 * it belongs to (read from AsyncLocalStorage), so one id follows a change from HTTP to events.
 */
export function loggingParams(serviceName: string, level: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service: serviceName },
      mixin: () => {
        const context = requestContext.current();
        return context ? { correlationId: context.correlationId } : {};
      },
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const incoming = request.headers[CORRELATION_HEADER];
        const id = typeof incoming === 'string' && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
        response.setHeader(CORRELATION_HEADER, id);
        return id;
      },
      customProps: (request: IncomingMessage) => ({ correlationId: (request as IncomingMessage & { id?: string }).id }),
      redact: ['req.headers.authorization'],
      autoLogging: { ignore: (request: IncomingMessage) => /^\/(health|metrics)/.test(request.url ?? '') },
    },
  };
}

import { All, BadGatewayException, Controller, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@salw/platform';
import type { Request, Response } from 'express';
import { CurrentSession } from '../auth/current-session';
import { CONSOLE_SETTINGS, ConsoleServiceSettings, serviceUrls } from '../settings';

/** Request headers a service reads besides the token. */
const FORWARDED_REQUEST = [
  'accept',
  'content-type',
  'if-match',
  'if-none-match',
  'idempotency-key',
  'x-correlation-id',
];
/** Response headers the app reads. */
const FORWARDED_RESPONSE = ['content-type', 'etag', 'location', 'retry-after', 'x-correlation-id'];
const UPSTREAM_TIMEOUT_MS = 30_000;

/**
 * /api/<service>/… → the service, with the session's access token: the browser never holds a token. The answer is
 * the service's own (status, body, ETag), unchanged; the console adds no business rule.
 */
@ApiExcludeController() // each service documents its own routes
@Public() // authenticated by the session cookie, not a bearer token
@Controller('api')
export class ProxyController {
  private readonly services: Record<string, string>;

  constructor(
    private readonly current: CurrentSession,
    @Inject(CONSOLE_SETTINGS) settings: ConsoleServiceSettings,
  ) {
    this.services = serviceUrls(settings);
  }

  @All(':service/*path')
  async forward(@Param('service') service: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const base = Object.hasOwn(this.services, service) ? this.services[service] : undefined;
    if (!base)
      throw new NotFoundException(
        `No service ${service}; the console proxies ${Object.keys(this.services).join(', ')}`,
      );
    const session = await this.current.require(request, response);
    const token = await this.current.accessToken(session, response);
    // The rest of the original URL (path and query) appended as text: it can only name a path on that service.
    const target = base + request.originalUrl.slice(`/api/${service}`.length);
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(target, {
        method: request.method,
        headers: { ...pick(request.headers, FORWARDED_REQUEST), authorization: `Bearer ${token}` },
        body: bodyOf(request),
        redirect: 'manual',
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      });
    } catch (error) {
      throw new BadGatewayException(`${service} does not answer: ${(error as Error).message}`);
    }
    response.status(upstream.status);
    for (const name of FORWARDED_RESPONSE) {
      const value = upstream.headers.get(name);
      if (value !== null) response.setHeader(name, value);
    }
    response.send(Buffer.from(await upstream.arrayBuffer()));
  }
}

function pick(headers: Request['headers'], names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => (typeof headers[name] === 'string' ? [[name, headers[name] as string]] : [])),
  );
}

/** The body as the platform's parsers left it: JSON re-serialised, text (CSV) as is; none for reads. */
function bodyOf(request: Request): string | undefined {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  if (typeof request.body === 'string') return request.body;
  if (request.body === undefined || (typeof request.body === 'object' && request.headers['content-type'] === undefined))
    return undefined;
  return JSON.stringify(request.body);
}

import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CONSOLE_SETTINGS, ConsoleServiceSettings } from '../settings';
import { OidcClient } from './oidc';
import { SessionCookie } from './session-cookie';
import { csrfMatches, Session, Sessions } from './sessions';

/** Tokens with less than this to live are refreshed before a call. */
const REFRESH_MARGIN_MS = 30_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session of a request: found by its cookie, writes checked against CSRF, tokens kept fresh. */
@Injectable()
export class CurrentSession {
  readonly cookie: SessionCookie;
  private readonly origin: string;

  constructor(
    private readonly sessions: Sessions,
    private readonly oidc: OidcClient,
    @Inject(CONSOLE_SETTINGS) settings: ConsoleServiceSettings,
  ) {
    this.cookie = new SessionCookie(settings);
    this.origin = new URL(settings.CONSOLE_PUBLIC_URL).origin;
  }

  find(request: Request): Promise<Session | undefined> {
    return this.sessions.find(this.cookie.read(request));
  }

  /** The request's live session (401 without one; 403 for a write without the session's CSRF token or from another origin). */
  async require(request: Request, response: Response): Promise<Session> {
    const session = await this.find(request);
    if (!session) {
      this.cookie.clear(response);
      throw new UnauthorizedException('Not logged in (or the session ended): log in at /auth/login');
    }
    if (!SAFE_METHODS.has(request.method)) this.assertSameOriginWrite(request, session);
    return session;
  }

  /** An access token with some life left, refreshed when needed; a refused refresh ends the session (401). */
  async accessToken(session: Session, response: Response): Promise<string> {
    if (session.tokens.accessExpiresAt - Date.now() > REFRESH_MARGIN_MS) return session.tokens.accessToken;
    try {
      const tokens = await this.oidc.refresh(session.tokens);
      await this.sessions.replaceTokens(session, tokens);
      return tokens.accessToken;
    } catch {
      await this.sessions.end(session);
      this.cookie.clear(response);
      throw new UnauthorizedException('The session ended at the identity provider: log in again at /auth/login');
    }
  }

  private assertSameOriginWrite(request: Request, session: Session): void {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== this.origin)
      throw new ForbiddenException(`A write from origin ${origin} is refused`);
    const sent = request.headers['x-csrf-token'];
    if (!csrfMatches(session, typeof sent === 'string' ? sent : undefined)) {
      throw new ForbiddenException('A write needs the header X-CSRF-Token with the token of GET /auth/session');
    }
  }
}

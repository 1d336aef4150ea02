import { BadRequestException, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@salw/platform';
import * as oidc from 'openid-client';
import type { Request, Response } from 'express';
import { CALLBACK_PATH, OidcClient } from './oidc';
import { CurrentSession } from './current-session';
import { Sessions } from './sessions';

class SessionUserDto {
  @ApiProperty() subject: string;
  @ApiProperty({ example: 'Pristina focal point' }) name: string;
  @ApiPropertyOptional({ example: 'focal.pristina' }) username?: string;
  @ApiProperty({ type: [String], example: ['ministry'] }) roles: string[];
  @ApiPropertyOptional({ example: 'pristina' }) jurisdiction?: string;
}

export class SessionDto {
  @ApiProperty() authenticated: boolean;
  @ApiPropertyOptional({ type: SessionUserDto }) user?: SessionUserDto;
  @ApiPropertyOptional({ description: 'Send as X-CSRF-Token on every write' }) csrfToken?: string;
  @ApiPropertyOptional({ description: 'When the session ends whatever its use' }) endsAt?: string;
  @ApiProperty({ example: '/auth/login' }) loginUrl: string;
}

class LogoutDto {
  @ApiProperty({ description: "The identity provider's logout page, to end its session too" }) logoutUrl: string;
}

/** A path on the console itself (never another site: no open redirect). */
export function localPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

/** Login, callback, the session and logout: the console's side of OpenID Connect. */
@ApiTags('session')
@Public() // the platform's bearer guard does not apply: these routes work with the session cookie
@Controller('auth')
export class AuthController {
  constructor(
    private readonly oidc: OidcClient,
    private readonly sessions: Sessions,
    private readonly current: CurrentSession,
  ) {}

  @Get('login')
  @ApiOperation({ summary: "Redirects to the identity provider's login (authorization code + PKCE)" })
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path on the console to come back to' })
  @ApiResponse({ status: 302, description: 'To the identity provider' })
  async login(@Query('returnTo') returnTo: unknown, @Res() response: Response): Promise<void> {
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const state = await this.sessions.beginLogin({ codeVerifier, nonce, returnTo: localPath(returnTo) });
    response.redirect(302, await this.oidc.authorizationUrl(state, codeVerifier, nonce));
  }

  @Get('callback')
  @ApiOperation({ summary: 'Where the identity provider sends the browser back: starts the session' })
  @ApiResponse({ status: 302, description: 'Back to the page the login started from' })
  @ApiResponse({ status: 400, description: 'Unknown, expired or replayed login; or the provider refused it' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const state = typeof request.query.state === 'string' ? request.query.state : undefined;
    const login = state ? await this.sessions.finishLogin(state) : undefined;
    if (!login || !state)
      throw new BadRequestException('This login is unknown, expired or already used: start again at /auth/login');
    const callbackUrl = new URL(request.originalUrl, this.oidc.redirectUri.slice(0, -CALLBACK_PATH.length));
    let result;
    try {
      result = await this.oidc.exchange(callbackUrl, { state, codeVerifier: login.codeVerifier, nonce: login.nonce });
    } catch (error) {
      throw new BadRequestException(`The identity provider refused the login: ${(error as Error).message}`);
    }
    const { id, endsAt } = await this.sessions.create(result.user, result.tokens);
    this.current.cookie.set(response, id, endsAt);
    response.redirect(302, login.returnTo);
  }

  @Get('session')
  @ApiOperation({ summary: 'Who is logged in, and the CSRF token for writes' })
  @ApiOkResponse({ type: SessionDto })
  async session(@Req() request: Request): Promise<SessionDto> {
    const session = await this.current.find(request);
    if (!session) return { authenticated: false, loginUrl: '/auth/login' };
    return {
      authenticated: true,
      user: session.user,
      csrfToken: session.csrfToken,
      endsAt: session.endsAt.toISOString(),
      loginUrl: '/auth/login',
    };
  }

  @Post('logout')
  @HttpCode(200)
  @ApiOperation({
    summary: "Ends the session (needs X-CSRF-Token); answers the provider's logout page to end its session too",
  })
  @ApiOkResponse({ type: LogoutDto })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LogoutDto> {
    const session = await this.current.require(request, response);
    await this.sessions.end(session);
    this.current.cookie.clear(response);
    return { logoutUrl: await this.oidc.endSessionUrl(session.tokens.idToken) };
  }
}

import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ROLES } from '@salw/platform';
import * as oidc from 'openid-client';
import { CONSOLE_SETTINGS, ConsoleServiceSettings } from '../settings';
import type { SessionUser, TokenSet } from './sessions';

export const CALLBACK_PATH = '/auth/callback';

/**
 * The console as an OpenID Connect relying party: a public client using the authorization code flow with PKCE
 * (openid-client). The provider's metadata comes from its discovery document, fetched on first use and kept.
 */
@Injectable()
export class OidcClient {
  private configuration?: Promise<oidc.Configuration>;

  constructor(@Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleServiceSettings) {}

  get redirectUri(): string {
    return `${this.settings.CONSOLE_PUBLIC_URL}${CALLBACK_PATH}`;
  }

  /** Where to send the browser to log in, for a login's state, PKCE verifier and nonce. */
  async authorizationUrl(state: string, codeVerifier: string, nonce: string): Promise<string> {
    const config = await this.config();
    return oidc
      .buildAuthorizationUrl(config, {
        redirect_uri: this.redirectUri,
        scope: 'openid profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      })
      .toString();
  }

  /** Exchanges the callback's code (checked against the login's state, verifier and nonce) for tokens. */
  async exchange(
    callbackUrl: URL,
    login: { state: string; codeVerifier: string; nonce: string },
  ): Promise<{ user: SessionUser; tokens: TokenSet }> {
    const config = await this.config();
    const response = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    return { user: userOf(response.access_token, response.claims()), tokens: tokenSetOf(response) };
  }

  /** New tokens for a session's refresh token (throws when the provider ended the session). */
  async refresh(tokens: TokenSet): Promise<TokenSet> {
    if (!tokens.refreshToken) throw new Error('The session has no refresh token');
    const response = await oidc.refreshTokenGrant(await this.config(), tokens.refreshToken);
    return {
      ...tokenSetOf(response),
      refreshToken: response.refresh_token ?? tokens.refreshToken,
      idToken: response.id_token ?? tokens.idToken,
    };
  }

  /** The provider's logout page for the session's ID token, coming back to the console. */
  async endSessionUrl(idToken: string | undefined): Promise<string> {
    const config = await this.config();
    return oidc
      .buildEndSessionUrl(config, {
        post_logout_redirect_uri: `${this.settings.CONSOLE_PUBLIC_URL}/`,
        client_id: this.settings.OIDC_CLIENT_ID,
        ...(idToken ? { id_token_hint: idToken } : {}),
      })
      .toString();
  }

  private config(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.OIDC_ISSUER);
      // Plain http only for a provider on this machine (the local Keycloak); anywhere else it must be https.
      const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
      this.configuration = oidc
        .discovery(
          issuer,
          this.settings.OIDC_CLIENT_ID,
          undefined,
          oidc.None(),
          local ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
        .catch((error: Error) => {
          this.configuration = undefined; // try again on the next login
          throw new ServiceUnavailableException(
            `The identity provider ${issuer.href} does not answer: ${error.message}`,
          );
        });
    }
    return this.configuration;
  }
}

function tokenSetOf(response: oidc.TokenEndpointResponse): TokenSet {
  return {
    accessToken: response.access_token,
    accessExpiresAt: Date.now() + (response.expires_in ?? 60) * 1000,
    refreshToken: response.refresh_token,
    idToken: response.id_token,
  };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The user to show, from the ID token (verified by openid-client) and the access token's realm roles. The access
 * token is read, not verified, here: it came straight from the token endpoint over the back channel, and every
 * service verifies it on each call.
 */
export function userOf(accessToken: string, idClaims: oidc.IDToken | undefined): SessionUser {
  const access = decodePayload(accessToken);
  const granted = Array.isArray((access.realm_access as { roles?: unknown } | undefined)?.roles)
    ? (access.realm_access as { roles: unknown[] }).roles
    : [];
  const jurisdiction = text(idClaims?.jurisdiction) ?? text(access.jurisdiction);
  return {
    subject: text(idClaims?.sub) ?? text(access.sub) ?? 'unknown',
    name: text(idClaims?.name) ?? text(idClaims?.preferred_username) ?? text(access.preferred_username) ?? 'unknown',
    username: text(idClaims?.preferred_username) ?? text(access.preferred_username),
    roles: ROLES.filter((role) => granted.includes(role)),
    ...(jurisdiction ? { jurisdiction } : {}),
  };
}

function decodePayload(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

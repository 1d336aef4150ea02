import { createRemoteJWKSet, errors, jwtVerify, JWTVerifyGetKey } from 'jose';
import { AuthenticatedActor } from './actor';
import { AccessTokenClaims, actorFromClaims } from './claims';

/** Only asymmetric signatures: a shared secret (HS*) or an unsigned token ('none') never verifies. */
export const TOKEN_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
/** Seconds of clock difference tolerated between the issuer and this service for exp / nbf / iat. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** The token is not acceptable here (answered 401). */
export class TokenRejected extends Error {}
/** The issuer's keys cannot be had right now (answered 503: the token may be fine). */
export class IssuerUnavailable extends Error {}

export interface TokenVerifierOptions {
  issuer: string;
  /** This service's own audience: a token must name it in `aud`. */
  audience: string;
  /** Where the signing keys come from; by default the issuer's JWKS from its discovery document. */
  keys?: JWTVerifyGetKey;
}

/**
 * An OpenID Connect resource server's token check: signature by one of the issuer's published
 * keys (fetched on first use, fetched again when a token names a key not seen yet, so keys
 * rotate without a restart), issuer, audience and expiry required.
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    this.keys = options.keys ?? discoveredKeys(options.issuer);
  }

  async verify(token: string): Promise<AuthenticatedActor> {
    let claims: AccessTokenClaims;
    try {
      ({ payload: claims } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: TOKEN_ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof IssuerUnavailable) throw error;
      if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout))
        throw new TokenRejected(error.message);
      throw new IssuerUnavailable(`The issuer's keys could not be fetched: ${(error as Error).message}`);
    }
    return actorFromClaims(claims);
  }
}

/** The issuer's key set, located by its discovery document (fetched once, again after a failure). */
function discoveredKeys(issuer: string): JWTVerifyGetKey {
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  const locate = async (): Promise<JWTVerifyGetKey> => {
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new IssuerUnavailable(`The issuer's discovery document could not be fetched: ${(error as Error).message}`);
    }
    if (document.issuer !== issuer || typeof document.jwks_uri !== 'string') {
      throw new IssuerUnavailable(`${url} names issuer ${String(document.issuer)}, not ${issuer}, or no jwks_uri`);
    }
    return createRemoteJWKSet(new URL(document.jwks_uri), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  };
  return async (header, token) => {
    keySet ??= locate().catch((error: unknown) => {
      keySet = undefined;
      throw error;
    });
    return (await keySet)(header, token);
  };
}

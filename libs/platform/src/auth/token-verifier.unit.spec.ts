import { createLocalJWKSet, exportJWK, generateKeyPair, JWTPayload, KeyLike, SignJWT } from 'jose';
import { actorFromClaims, TokenNotAuthorised } from './claims';
import { IssuerUnavailable, TokenRejected, TokenVerifier } from './token-verifier';

const ISSUER = 'https://id.example.org/realms/salw';
const AUDIENCE = 'report-intake';

describe('TokenVerifier: an OpenID Connect resource server check on the issuer’s published keys', () => {
  let issuerKey: KeyLike;
  let strangerKey: KeyLike;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const issuer = await generateKeyPair('RS256');
    issuerKey = issuer.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwks = { keys: [{ ...(await exportJWK(issuer.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
    verifier = new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: createLocalJWKSet(jwks) });
  });

  const seesac: JWTPayload = { realm_access: { roles: ['seesac', 'offline_access'] }, name: 'Sara Officer' };
  const sign = (
    claims: JWTPayload,
    options: { key?: KeyLike; iss?: string; aud?: string; exp?: string | null; sub?: string | null } = {},
  ) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuedAt();
    if (options.iss !== '') jwt.setIssuer(options.iss ?? ISSUER);
    if (options.aud !== '') jwt.setAudience(options.aud ?? [AUDIENCE, 'trust-fund']);
    if (options.exp !== null) jwt.setExpirationTime(options.exp ?? '5m');
    if (options.sub !== null) jwt.setSubject(options.sub ?? 'user-1');
    return jwt.sign(options.key ?? issuerKey);
  };

  it('accepts a token signed by the issuer for this audience, and makes the actor of it', async () => {
    await expect(verifier.verify(await sign(seesac))).resolves.toEqual({
      subject: 'user-1',
      name: 'Sara Officer',
      role: 'seesac',
    });
  });

  it.each([
    ['signed with a key the issuer never published', { key: 'stranger' }],
    ['expired beyond the clock tolerance', { exp: '-2m' }],
    ['for another audience', { aud: 'kpi-aggregation' }],
    ['from another issuer', { iss: 'https://elsewhere.example.org/realms/salw' }],
    ['without an expiry', { exp: null }],
    ['without an audience', { aud: '' }],
    ['without an issuer', { iss: '' }],
    ['without a subject', { sub: null }],
  ])('refuses a token %s', async (_, wrong) => {
    const options = { ...wrong, key: 'key' in wrong ? strangerKey : undefined } as Parameters<typeof sign>[1];
    await expect(verifier.verify(await sign(seesac, options))).rejects.toBeInstanceOf(TokenRejected);
  });

  it('tolerates a few seconds of clock difference, not minutes', async () => {
    await expect(verifier.verify(await sign(seesac, { exp: '-10s' }))).resolves.toMatchObject({ role: 'seesac' });
  });

  it('refuses symmetric and unsigned tokens whatever their claims (the old shared-secret HS256 tokens)', async () => {
    const claims = { ...seesac, iss: ISSUER, aud: AUDIENCE, sub: 'user-1', exp: Math.floor(Date.now() / 1000) + 300 };
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .sign(new TextEncoder().encode('dev-only-secret-change-me-in-production'));
    await expect(verifier.verify(hs256)).rejects.toBeInstanceOf(TokenRejected);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    await expect(verifier.verify(unsigned)).rejects.toBeInstanceOf(TokenRejected);
    await expect(verifier.verify('not a token')).rejects.toBeInstanceOf(TokenRejected);
  });
});

describe('TokenVerifier when the issuer cannot be reached', () => {
  it('says the issuer is unavailable (503), not that the token is bad (401), when its keys cannot be fetched', async () => {
    const unreachable = new TokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      keys: async () => Promise.reject(new TypeError('fetch failed')),
    });
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('s')
      .setExpirationTime('5m')
      .sign((await generateKeyPair('RS256')).privateKey);
    await expect(unreachable.verify(token)).rejects.toBeInstanceOf(IssuerUnavailable);
  });
});

describe('actorFromClaims: the platform actor of a verified token', () => {
  const roles = (...names: string[]) => ({ realm_access: { roles: names } });

  it('takes exactly one platform role from the realm roles, ignoring the others', () => {
    expect(actorFromClaims({ sub: 's', ...roles('default-roles-salw', 'analyst') })).toMatchObject({ role: 'analyst' });
  });

  it('refuses a token with several platform roles, or none (403: which role was meant cannot be told)', () => {
    expect(() => actorFromClaims({ sub: 's', ...roles('seesac', 'donor') })).toThrow(
      new TokenNotAuthorised(
        'The token holds several platform roles (seesac, donor); an account must hold exactly one',
      ),
    );
    expect(() => actorFromClaims({ sub: 's', ...roles('offline_access') })).toThrow(TokenNotAuthorised);
    expect(() => actorFromClaims({ sub: 's', role: 'seesac' } as never)).toThrow(TokenNotAuthorised);
  });

  it('needs the jurisdiction claim on a ministry token, and keeps it on the actor', () => {
    expect(() => actorFromClaims({ sub: 's', ...roles('ministry') })).toThrow(
      'A ministry token must carry its jurisdiction',
    );
    expect(actorFromClaims({ sub: 's', jurisdiction: 'belgrade', ...roles('ministry') })).toMatchObject({
      role: 'ministry',
      jurisdiction: 'belgrade',
    });
  });

  it('names a person by name or username, and a system by its client id', () => {
    expect(
      actorFromClaims({ sub: 's', name: 'Ana Analyst', preferred_username: 'analyst', ...roles('analyst') }).name,
    ).toBe('Ana Analyst');
    expect(actorFromClaims({ sub: 's', preferred_username: 'analyst', ...roles('analyst') }).name).toBe('analyst');
    const system = {
      sub: 's',
      client_id: 'ministry-tirana',
      preferred_username: 'service-account-ministry-tirana',
      jurisdiction: 'tirana',
      ...roles('ministry'),
    };
    expect(actorFromClaims(system)).toEqual({
      subject: 's',
      name: 'ministry-tirana',
      role: 'ministry',
      jurisdiction: 'tirana',
    });
    expect(actorFromClaims({ sub: 's', azp: 'some-client', ...roles('analyst') }).name).toBe('some-client');
  });
});

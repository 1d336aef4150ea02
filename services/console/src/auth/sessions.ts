import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { MONGO_DB } from '@salw/platform';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { CONSOLE_SETTINGS, ConsoleServiceSettings } from '../settings';

/** Who is logged in, as the console shows it (the services decide what they may do from the access token). */
export interface SessionUser {
  subject: string;
  name: string;
  username?: string;
  /** The platform roles the access token holds (realm roles). */
  roles: string[];
  jurisdiction?: string;
}

export interface TokenSet {
  accessToken: string;
  /** ms since the epoch. */
  accessExpiresAt: number;
  refreshToken?: string;
  idToken?: string;
}

export interface Session {
  /** The hash of the cookie's value: a copy of the database gives no usable session. */
  _id: string;
  user: SessionUser;
  tokens: TokenSet;
  /** Sent back on every write as X-CSRF-Token (synchronizer token). */
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The end of the session whatever its use (SESSION_MAX_HOURS after login). */
  endsAt: Date;
}

/** A login under way: the PKCE verifier and state between the redirect to the provider and its callback. */
export interface PendingLogin {
  _id: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  createdAt: Date;
}

const LOGIN_MAX_AGE_MS = 10 * 60_000;
const hash = (secret: string) => createHash('sha256').update(secret).digest('base64url');
export const randomSecret = () => randomBytes(32).toString('base64url');

/** Server-side sessions in the console's own database; the browser holds only a random id in an httpOnly cookie. */
@Injectable()
export class Sessions implements OnModuleInit {
  private readonly sessions: Collection<Session>;
  private readonly logins: Collection<PendingLogin>;

  constructor(
    @Inject(MONGO_DB) db: Db,
    @Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleServiceSettings,
  ) {
    this.sessions = db.collection<Session>('console_sessions');
    this.logins = db.collection<PendingLogin>('console_logins');
  }

  async onModuleInit(): Promise<void> {
    await this.sessions.createIndex({ endsAt: 1 }, { name: 'ends_at' });
  }

  /** Starts a login; the returned state is the login's key. */
  async beginLogin(login: Omit<PendingLogin, '_id' | 'createdAt'>): Promise<string> {
    const state = randomSecret();
    await this.logins.insertOne({ _id: hash(state), ...login, createdAt: new Date() });
    return state;
  }

  /** The login of a callback's state, once (a replayed callback finds nothing). */
  async finishLogin(state: string): Promise<PendingLogin | undefined> {
    const login = await this.logins.findOneAndDelete({ _id: hash(state) });
    if (!login || Date.now() - login.createdAt.getTime() > LOGIN_MAX_AGE_MS) return undefined;
    return login;
  }

  /** A new session; returns the cookie value and when the session ends. */
  async create(user: SessionUser, tokens: TokenSet): Promise<{ id: string; endsAt: Date }> {
    const id = randomSecret();
    const now = new Date();
    const endsAt = new Date(now.getTime() + this.settings.SESSION_MAX_HOURS * 3_600_000);
    await this.sessions.insertOne({
      _id: hash(id),
      user,
      tokens,
      csrfToken: randomSecret(),
      createdAt: now,
      lastSeenAt: now,
      endsAt,
    });
    return { id, endsAt };
  }

  /** The live session of a cookie value (an ended or idle one is deleted and not returned); touches it. */
  async find(id: string | undefined): Promise<Session | undefined> {
    if (!id) return undefined;
    const session = await this.sessions.findOne({ _id: hash(id) });
    if (!session) return undefined;
    const now = Date.now();
    const idleFor = now - session.lastSeenAt.getTime();
    if (now >= session.endsAt.getTime() || idleFor >= this.settings.SESSION_IDLE_MINUTES * 60_000) {
      await this.sessions.deleteOne({ _id: session._id });
      return undefined;
    }
    await this.sessions.updateOne({ _id: session._id }, { $set: { lastSeenAt: new Date(now) } });
    return session;
  }

  async replaceTokens(session: Session, tokens: TokenSet): Promise<void> {
    await this.sessions.updateOne({ _id: session._id }, { $set: { tokens } });
  }

  async end(session: Session): Promise<void> {
    await this.sessions.deleteOne({ _id: session._id });
  }
}

/** The request's CSRF token matches the session's (constant time). */
export function csrfMatches(session: Session, sent: string | undefined): boolean {
  if (!sent) return false;
  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(sent);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

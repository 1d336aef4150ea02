import type { CookieOptions, Request, Response } from 'express';
import type { ConsoleServiceSettings } from '../settings';

/**
 * The session cookie: an opaque random id, httpOnly (no script reads it), SameSite=Lax (not sent on cross-site
 * writes; still sent when the provider redirects back), Secure and `__Host-` prefixed when the console is on https.
 */
export class SessionCookie {
  readonly name: string;
  private readonly options: CookieOptions;

  constructor(settings: ConsoleServiceSettings) {
    const secure = settings.CONSOLE_PUBLIC_URL.startsWith('https:');
    this.name = secure ? '__Host-salw_console' : 'salw_console';
    this.options = { httpOnly: true, sameSite: 'lax', secure, path: '/' };
  }

  read(request: Request): string | undefined {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === this.name) return decodeURIComponent(value.join('='));
    }
    return undefined;
  }

  set(response: Response, value: string, endsAt: Date): void {
    response.cookie(this.name, value, { ...this.options, expires: endsAt });
  }

  clear(response: Response): void {
    response.clearCookie(this.name, this.options);
  }
}

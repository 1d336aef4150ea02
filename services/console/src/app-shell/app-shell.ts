import { ServiceUnavailableException } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleServiceSettings } from '../settings';

/** Paths the app shell never answers (the console's own routes). */
const NOT_APP = /^\/(api|auth|health|metrics|docs)(\/|$)/;

/**
 * A strict Content-Security-Policy: everything from this origin, nothing inline but styles (the component library
 * sets style attributes), no frames. The app is bundled from npm: no CDN, no web fonts from elsewhere.
 */
export function contentSecurityPolicy(issuer: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${new URL(issuer).origin}`,
  ].join('; ');
}

/**
 * Serves the built app: its files, and for any other GET of a page (not the console's own routes) its index.html,
 * since the app routes in the browser. The CSP and safe headers go on every page and file.
 */
export function appShell(settings: ConsoleServiceSettings) {
  const files = express.static(settings.CONSOLE_APP_DIR, { index: false, fallthrough: true });
  const index = join(settings.CONSOLE_APP_DIR, 'index.html');
  const policy = contentSecurityPolicy(settings.OIDC_ISSUER);
  const page = (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!existsSync(index))
      return next(new ServiceUnavailableException(`The console app is not built (no ${index}): npm run console:build`));
    response.setHeader('Cache-Control', 'no-cache');
    return response.sendFile(index);
  };
  return (request: Request, response: Response, next: NextFunction) => {
    if (NOT_APP.test(request.path)) return next();
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    return files(request, response, () => page(request, response, next));
  };
}

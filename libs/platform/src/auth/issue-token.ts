import { sign } from 'jsonwebtoken';
import { Role } from './actor';

export interface TokenRequest {
  subject: string;
  role: Role;
  jurisdiction?: string;
  expiresIn?: string;
}

/** Issues a signed token (dev command, tests, benchmarks). */
export function issueToken(secret: string, request: TokenRequest): string {
  const claims = { role: request.role, ...(request.jurisdiction ? { jurisdiction: request.jurisdiction } : {}) };
  return sign(claims, secret, {
    subject: request.subject,
    expiresIn: (request.expiresIn ?? '8h') as never,
    algorithm: 'HS256',
  });
}

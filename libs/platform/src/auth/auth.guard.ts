import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { JwtService } from '@nestjs/jwt';
import { AuthenticatedActor, Role, ROLES } from './actor';

const PUBLIC = 'salw:public';
const ROLES_KEY = 'salw:roles';

/** Open to anyone: only health, metrics and API docs. */
export const Public = () => SetMetadata(PUBLIC, true);
/**
 * Which roles may call a route (every authenticated role when absent). The OpenAPI document says so
 * too (`x-roles`): the fuzz stage calls each route with a token of every role that may call it.
 */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));

export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedActor =>
    context.switchToHttp().getRequest<{ actor: AuthenticatedActor }>().actor,
);

interface TokenClaims {
  sub?: unknown;
  role?: unknown;
  jurisdiction?: unknown;
}

/** Verifies the bearer token on every HTTP route and checks the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string>; actor?: AuthenticatedActor }>();
    const actor = this.verify(request.headers['authorization']);
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(actor.role)) {
      throw new ForbiddenException(`Role ${actor.role} may not do this; allowed: ${allowed.join(', ')}`);
    }
    request.actor = actor;
    return true;
  }

  private verify(header: string | undefined): AuthenticatedActor {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required');
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token);
    } catch (error) {
      throw new UnauthorizedException(`Invalid token: ${(error as Error).message}`);
    }
    const role = claims.role as Role;
    if (typeof claims.sub !== 'string' || !ROLES.includes(role)) {
      throw new UnauthorizedException('Token lacks a subject or a known role');
    }
    if (role === 'ministry' && typeof claims.jurisdiction !== 'string') {
      throw new UnauthorizedException('A ministry token must carry its jurisdiction');
    }
    return {
      subject: claims.sub,
      role,
      ...(typeof claims.jurisdiction === 'string' ? { jurisdiction: claims.jurisdiction } : {}),
    };
  }
}

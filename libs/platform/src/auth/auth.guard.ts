import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { AuthenticatedActor, Role } from './actor';
import { TokenNotAuthorised } from './claims';
import { IssuerUnavailable, TokenRejected, TokenVerifier } from './token-verifier';

const PUBLIC = 'salw:public';
const ROLES_KEY = 'salw:roles';

/** Open to anyone: only health, metrics and API docs. */
export const Public = () => SetMetadata(PUBLIC, true);
/**
 * Which roles may call a route (every authenticated role when absent). The OpenAPI document says so
 * too (`x-roles`): the fuzz stage calls each route with a token of every role that may call it.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));

export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedActor =>
    context.switchToHttp().getRequest<{ actor: AuthenticatedActor }>().actor,
);

/** Verifies the bearer token on every HTTP route (an OpenID Connect resource server) and checks the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string>; actor?: AuthenticatedActor }>();
    const actor = await this.verify(request.headers['authorization']);
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(actor.role)) {
      throw new ForbiddenException(`Role ${actor.role} may not do this; allowed: ${allowed.join(', ')}`);
    }
    request.actor = actor;
    return true;
  }

  private async verify(header: string | undefined): Promise<AuthenticatedActor> {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required');
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejected) throw new UnauthorizedException(`Invalid token: ${error.message}`);
      if (error instanceof TokenNotAuthorised) throw new ForbiddenException(error.message);
      if (error instanceof IssuerUnavailable) throw new ServiceUnavailableException(error.message);
      throw error;
    }
  }
}

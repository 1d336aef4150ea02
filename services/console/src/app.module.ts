import { Module, Type } from '@nestjs/common';
import { PlatformModule } from '@salw/platform';
import { AuthController } from './auth/auth.controller';
import { CurrentSession } from './auth/current-session';
import { OidcClient } from './auth/oidc';
import { Sessions } from './auth/sessions';
import { ProxyController } from './proxy/proxy.controller';
import { CONSOLE_SETTINGS, ConsoleSettings } from './settings';

export const SERVICE_TITLE = 'console';
export const SERVICE_DESCRIPTION =
  "The SEESAC operations console's backend-for-frontend: serves the app, owns the login (OpenID Connect, code + PKCE), " +
  "keeps the tokens in a server-side session and proxies /api/<service>/… to the four services with the user's token.";
/** CSV imports pass through the proxy as text. */
export const TEXT_BODIES = ['text/csv'];

export function createAppModule(settings: ConsoleSettings): Type<unknown> {
  @Module({
    imports: [PlatformModule.forRoot({ serviceName: 'console', settings: settings.platform })],
    controllers: [AuthController, ProxyController],
    providers: [{ provide: CONSOLE_SETTINGS, useValue: settings.service }, Sessions, OidcClient, CurrentSession],
  })
  class AppModule {}
  return AppModule;
}

import type { Role } from '@salw/platform';
import { DevRole, tokenFor } from '@salw/testing';

const JURISDICTIONS = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana', 'chisinau'];
/** The realm's access tokens live 5 minutes and the suite longer: fetched again well before they expire. */
const REFRESH_EVERY_MS = 60_000;

/**
 * The one place the suite gets its bearer tokens: real ones from the local Keycloak (`tokenFor`), the
 * seesac officer's and each ministry system's, held ready so the load generator can read them synchronously.
 */
export class SuiteTokens {
  private readonly current = new Map<string, string>();
  private timer?: NodeJS.Timeout;

  static async start(): Promise<SuiteTokens> {
    const tokens = new SuiteTokens();
    await tokens.refresh();
    tokens.timer = setInterval(
      () => void tokens.refresh().catch((error: Error) => console.error(`token refresh failed: ${error.message}`)),
      REFRESH_EVERY_MS,
    );
    tokens.timer.unref();
    return tokens;
  }

  bearer(role: Role, jurisdiction?: string): string {
    const token = this.current.get(keyOf(role, jurisdiction));
    if (!token) throw new Error(`no token held for ${keyOf(role, jurisdiction)}`);
    return token;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async refresh(): Promise<void> {
    const wanted: Array<[Role, string | undefined]> = [
      ['seesac', undefined],
      ...JURISDICTIONS.map((j): [Role, string] => ['ministry', j]),
    ];
    const fetched = await Promise.all(
      wanted.map(([role, jurisdiction]) => tokenFor({ role: role as DevRole, jurisdiction })),
    );
    wanted.forEach(([role, jurisdiction], index) => this.current.set(keyOf(role, jurisdiction), fetched[index]));
  }
}

const keyOf = (role: Role, jurisdiction?: string) => `${role}${jurisdiction ? `@${jurisdiction}` : ''}`;

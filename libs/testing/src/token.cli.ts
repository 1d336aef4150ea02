/*
 * Dev command: a real access token from the local Keycloak's development realm.
 *   npm run -s token -- --role ministry --jurisdiction pristina   (the ministry-pristina client's client credentials)
 *   npm run -s token -- --role seesac                             (the demo user seesac.officer; likewise analyst, donor, administrative_agent)
 *   npm run -s token -- --role ministry --user focal.belgrade     (a demo person instead of the system)
 * OIDC_ISSUER picks another issuer (default: the local realm); INFRA_DIR where this install's client secrets are.
 */
import { parseArgs } from 'node:util';
import { DEMO_USERS, DevRole, requestDevToken } from './dev-tokens';

const ROLES: DevRole[] = ['ministry', ...(Object.keys(DEMO_USERS) as DevRole[])];

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    jurisdiction: { type: 'string' },
    user: { type: 'string' },
  },
});
const role = values.role as DevRole;
if (!ROLES.includes(role)) {
  console.error(`--role must be one of: ${ROLES.join(', ')}`);
  process.exit(2);
}
if (role === 'ministry' && !values.jurisdiction && !values.user) {
  console.error('--jurisdiction is required for a ministry token');
  process.exit(2);
}
requestDevToken({ role, jurisdiction: values.jurisdiction, user: values.user }).then(
  (token) => console.log(token.accessToken),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);

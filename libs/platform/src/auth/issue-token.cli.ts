/* Dev command: npm run token -- --role ministry --jurisdiction pristina [--subject someone] */
import { parseArgs } from 'node:util';
import { ROLES, Role } from './actor';
import { issueToken } from './issue-token';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    jurisdiction: { type: 'string' },
    subject: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
const role = values.role as Role;
if (!ROLES.includes(role)) {
  console.error(`--role must be one of: ${ROLES.join(', ')}`);
  process.exit(2);
}
if (role === 'ministry' && !values.jurisdiction) {
  console.error('--jurisdiction is required for a ministry token');
  process.exit(2);
}
const secret = process.env.JWT_SECRET ?? 'dev-only-secret-change-me-in-production';
const subject = values.subject ?? `${role}${values.jurisdiction ? `@${values.jurisdiction}` : ''}`;
console.log(issueToken(secret, { subject, role, jurisdiction: values.jurisdiction, expiresIn: values.expires }));

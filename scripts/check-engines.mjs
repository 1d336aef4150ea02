// Every installed package accepts this machine's Node (CI and the dev box run Node 20; a package asking for Node 22
// installs with a warning and may break at run time). Reads the lock, so it checks what `npm ci` installs.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const refused = Object.entries(lock.packages)
  .filter(
    ([path, entry]) =>
      path && typeof entry.engines?.node === 'string' && !semver.satisfies(process.version, entry.engines.node),
  )
  .map(
    ([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} asks for node ${entry.engines.node}`,
  );
if (refused.length > 0) {
  console.error(`Packages that do not accept Node ${process.version}:\n  ${refused.join('\n  ')}`);
  process.exit(1);
}
console.log(`engines: every package in the lock accepts Node ${process.version}`);

#!/usr/bin/env node
// Refuses a `.json` file beside a `.ts`/`.js` module of the same basename: `import './x'` then
// resolves to the module under jest but to the JSON under `node -r @swc-node/register` (what
// `make up` runs), so a route passed its tests and answered 500 in the running platform.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const modules = new Set(
  files.filter((file) => /\.(ts|tsx|js|mjs|cjs)$/.test(file)).map((file) => file.replace(/\.(ts|tsx|js|mjs|cjs)$/, '')),
);
const clashes = files.filter((file) => file.endsWith('.json') && modules.has(file.slice(0, -'.json'.length)));
if (clashes.length > 0) {
  console.error(
    `A .json file shares its basename with a module (rename the .json):\n${clashes.map((file) => `  ${file}`).join('\n')}`,
  );
  process.exit(1);
}

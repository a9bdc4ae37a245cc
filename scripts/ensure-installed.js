// Runs before `npm start`: on a fresh clone, installs the locked dependencies first, so the
// README's start command works without a separate install step.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.log('First start: installing dependencies with npm ci…');
  execSync('npm ci', { cwd: root, stdio: 'inherit' });
}

// `npm test` needs a real Chromium for its end-to-end tests: say so clearly when it is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium was not found at ${path}. The end-to-end tests drive a real Chromium.\n` +
      'Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}

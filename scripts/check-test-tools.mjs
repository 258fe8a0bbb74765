// `npm test` needs a real Chromium for its end-to-end tests, and poppler-utils' pdftotext to read
// the PDFs they print: say so clearly when either is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const problems = [];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium))
  problems.push(
    `Chromium was not found at ${chromium}. The end-to-end tests drive a real Chromium.\n` +
      'Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  problems.push(
    'pdftotext was not found. The end-to-end tests read the PDFs they print with it.\n' +
      'Install it (Debian/Ubuntu: apt-get install poppler-utils).',
  );
}
if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}

import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import type { Logger } from './process-utils';

/** Where Debian's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * apt-get, waiting up to 10 minutes for another apt-get or dpkg to release its lock instead of
 * failing at once: two Jest workers (or a test and `npm start`) may install at the same time.
 */
function aptGet(...args: string[]): number | null {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: 'inherit', env })
    .status;
}

/** Installs Debian packages; on a failure (e.g. no package lists yet) updates the lists and tries again. */
function aptInstall(pkg: string): boolean {
  const install = () => aptGet('install', '-y', '--no-install-recommends', pkg) === 0;
  if (install()) return true;
  aptGet('update');
  return install();
}

function onPath(name: string): string | undefined {
  const res = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = res.stdout.trim();
  return res.status === 0 && found ? found : undefined;
}

/**
 * The path of a Chromium the browser tests can drive (playwright-core with `executablePath`):
 * CHROMIUM_PATH, else Debian's `chromium` on the PATH, else, when running as root, installs it
 * with `apt-get install -y chromium`; otherwise fails with what to do.
 */
export function ensureChromium(log: Logger = () => undefined): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (executable(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} is not an executable file`);
  }
  const found = CANDIDATES.find(executable) ?? onPath('chromium');
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error(
      'Chromium is not installed and this is not root: run `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary',
    );
  log('chromium: not found; installing Debian’s package (apt-get install -y chromium) ...');
  const ok = aptInstall('chromium');
  const installed = CANDIDATES.find(executable) ?? onPath('chromium');
  if (!ok || !installed)
    throw new Error('apt-get install -y chromium failed: install Chromium or set CHROMIUM_PATH');
  return installed;
}

/**
 * Makes sure `pdftoppm` and `pdftotext` (Debian's `poppler-utils`) are on the PATH, for the tests
 * that look at a printed PDF: installs the package with apt-get when running as root, otherwise
 * fails with what to do.
 */
export function ensurePoppler(log: Logger = () => undefined): void {
  const missing = () => ['pdftoppm', 'pdftotext'].filter((tool) => !onPath(tool));
  if (missing().length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `${missing().join(' and ')} not found and this is not root: run \`sudo apt-get install -y poppler-utils\``,
    );
  log(
    'poppler-utils: not found; installing Debian’s package (apt-get install -y poppler-utils) ...',
  );
  aptInstall('poppler-utils');
  if (missing().length > 0) throw new Error('apt-get install -y poppler-utils failed');
}

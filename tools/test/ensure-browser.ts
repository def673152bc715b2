/**
 * Installs what the browser and PDF tests drive (Debian's `chromium` and `poppler-utils`) once,
 * before Jest starts: left to the tests, two workers would run apt-get at the same time on a new
 * machine, and the one that found dpkg locked failed its whole file.
 */
import { ensureChromium, ensurePoppler } from '@ekst/platform';

const log = (m: string) => console.log(m);
console.log(`chromium: ${ensureChromium(log)}`);
ensurePoppler(log);
console.log('poppler-utils: pdftoppm and pdftotext on the PATH');

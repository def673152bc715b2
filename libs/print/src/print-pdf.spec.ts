import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensurePoppler } from '@ekst/platform';
import { printPdf } from './print-pdf';

describe('printPdf', () => {
  let executablePath: string;
  let dir: string;
  const textOf = (pdf: Buffer) => {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };

  beforeAll(() => {
    executablePath = ensureChromium();
    ensurePoppler();
    dir = mkdtempSync(join(tmpdir(), 'ekst-print-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the document’s text to a PDF, page numbers in the footer', async () => {
    const pdf = await printPdf(
      '<!doctype html><html><body><h1>Subject access</h1><p>Amira Okafor, year 12</p></body></html>',
      { executablePath },
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = textOf(pdf);
    expect(text).toContain('Subject access');
    expect(text).toContain('Amira Okafor, year 12');
    expect(text).toContain('Page 1 of 1');
  }, 60_000);

  it('fetches nothing the document names and runs no script', async () => {
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.end('x');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const pdf = await printPdf(
        `<!doctype html><html><head><link rel="stylesheet" href="${url}/style.css"></head><body>
<img src="${url}/pixel.png"><p id="p">static</p>
<script>document.getElementById('p').textContent = 'scripted'; fetch('${url}/beacon')</script>
</body></html>`,
        { executablePath },
      );
      const text = textOf(pdf);
      expect(text).toContain('static');
      expect(text).not.toContain('scripted');
      expect(asked).toEqual([]);
    } finally {
      server.close();
    }
  }, 60_000);

  it('two documents asked for at once each get their own PDF', async () => {
    const [a, b] = await Promise.all([
      printPdf('<p>first document</p>', { executablePath }),
      printPdf('<p>second document</p>', { executablePath }),
    ]);
    expect(textOf(a)).toContain('first document');
    expect(textOf(b)).toContain('second document');
  }, 90_000);
});

/** Chromium's start-up is the slow part; one PDF at a time keeps a burst from starting many. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints a self-contained HTML document to an A4 PDF with headless Chromium (Debian's
 * `chromium`, driven by playwright-core; Playwright's own browser download is not used). The
 * page may fetch nothing: every request but the document itself is aborted, so a document that
 * names a remote resource cannot make the service call out.
 */
export function printPdf(html: string, opts: { executablePath: string }): Promise<Buffer> {
  const run = queue.then(() => print(html, opts));
  queue = run.catch(() => undefined);
  return run;
}

async function print(html: string, opts: { executablePath: string }): Promise<Buffer> {
  // Loaded on the first PDF only: the service starts (and serves HTML) without a browser.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: opts.executablePath,
    // As root (containers, CI) Chromium refuses to start sandboxed.
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#475569">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await browser.close();
  }
}

import type mjml2html from 'mjml';
import type { Message } from './templates';

/**
 * MJML, loaded after the service is up rather than before it answers: it is over half of what the
 * service loads (about 1.2 CPU-s of its start on the 2-core VM). The delivery worker loads it when
 * it starts (`warmEmailRenderer`), so the first request that queues an e-mail does not pay for
 * it: on a loaded machine that load, inside the request's transaction, once took a
 * postAnnouncement past the gateway's 15 s subgraph timeout.
 */
let mjml: Promise<{ default: typeof mjml2html }> | undefined;
const loadMjml = () => (mjml ??= import('mjml'));

/** Loads the e-mail renderer now (once; later calls return the same load). */
export const warmEmailRenderer = (): Promise<unknown> => loadMjml();

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The e-mail for a message: plain text and responsive HTML (MJML compiles to the table layout
 * mail clients need). `unsubscribeUrl` is given where the category can be turned off.
 */
export async function renderEmail(
  message: Message,
  link: string,
  unsubscribeUrl: string | null,
): Promise<RenderedEmail> {
  const footer = unsubscribeUrl
    ? `You get these because of your EKST notification settings. Unsubscribe from this kind of message: ${unsubscribeUrl}`
    : 'This message is about your account or safeguarding and cannot be turned off.';
  const text = `${message.text}\n\n${message.actionLabel}: ${link}\n\n--\n${footer}\n`;
  const paragraphs = message.text
    .split(/\n{2,}/)
    .map((p) => `<mj-text font-size="15px" line-height="22px">${escapeHtml(p)}</mj-text>`)
    .join('');
  const unsubscribe = unsubscribeUrl
    ? `<a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe from this kind of message</a>`
    : 'This message is about your account or safeguarding and cannot be turned off.';
  const source = `<mjml>
  <mj-head><mj-title>${escapeHtml(message.subject)}</mj-title></mj-head>
  <mj-body background-color="#f4f4f7">
    <mj-section background-color="#1d3557"><mj-column>
      <mj-text color="#ffffff" font-size="18px" font-weight="bold">East Kent Schools Together</mj-text>
    </mj-column></mj-section>
    <mj-section background-color="#ffffff"><mj-column>
      <mj-text font-size="20px" font-weight="bold">${escapeHtml(message.subject)}</mj-text>
      ${paragraphs}
      <mj-button background-color="#457b9d" href="${escapeHtml(link)}">${escapeHtml(message.actionLabel)}</mj-button>
    </mj-column></mj-section>
    <mj-section><mj-column>
      <mj-text font-size="12px" color="#666666">${unsubscribe}</mj-text>
    </mj-column></mj-section>
  </mj-body>
</mjml>`;
  // mjml 5 compiles asynchronously; its types still describe the synchronous v4 result.
  const compile = (await loadMjml()).default;
  const compiled = await (compile(source, { validationLevel: 'strict' }) as unknown as Promise<{
    html: string;
    errors: unknown[];
  }>);
  return { subject: message.subject, text, html: compiled.html };
}

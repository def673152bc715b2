/**
 * RFC 8058 one-click unsubscribe: `List-Unsubscribe` with the https link rendered into the
 * message, and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` so a mail client can
 * unsubscribe with a POST without opening a page. Mandatory categories carry no link, so no header.
 */
export function unsubscribeHeaders(bodyText: string): Record<string, string> {
  const m = /Unsubscribe from this kind of message: (\S+)/.exec(bodyText);
  if (!m) return {};
  return {
    'List-Unsubscribe': `<${m[1]}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

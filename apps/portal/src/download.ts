import { refreshSession } from './apollo';
import { getSession } from './auth/session';

/** What a download of one of the gateway's files came to. */
export type DownloadResult = 'saved' | 'forbidden' | 'signed-out' | 'failed';

/**
 * Fetches one of the gateway's files that need the caller's bearer token (a plain link cannot
 * carry it) through the portal's origin, and hands it to the browser as a download. A 401 is
 * retried once after refreshing the session; the token never goes into a URL.
 */
export async function downloadWithSession(path: string, filename: string): Promise<DownloadResult> {
  const attempt = async (token: string) =>
    fetch(path, { headers: { authorization: `Bearer ${token}` }, credentials: 'omit' });
  let token = getSession()?.accessToken;
  if (!token) return 'signed-out';
  let answer: Response;
  try {
    answer = await attempt(token);
    if (answer.status === 401) {
      token = (await refreshSession())?.accessToken;
      if (!token) return 'signed-out';
      answer = await attempt(token);
    }
  } catch {
    return 'failed';
  }
  if (answer.status === 403) return 'forbidden';
  if (answer.status === 401) return 'signed-out';
  if (!answer.ok) return 'failed';
  const url = URL.createObjectURL(await answer.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return 'saved';
}

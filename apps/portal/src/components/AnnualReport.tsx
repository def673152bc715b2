import { useId, useState } from 'react';
import { hasRole } from '../auth/session';
import { useSession } from '../auth/useSession';
import { downloadWithSession } from '../download';
import type { DownloadResult } from '../download';
import { academicYearLabel } from '../format';

const MESSAGES: Record<DownloadResult, string> = {
  saved: 'The annual report is downloaded.',
  forbidden: 'You cannot download the annual report: it is for the coordinator and heads.',
  'signed-out': 'Your session has ended: sign in again to download the annual report.',
  failed: 'The annual report could not be downloaded. Try again.',
};

/**
 * The annual impact report of an academic year (the gateway's `/reports/annual/<year>.pdf|.html`),
 * offered to the coordinator and heads, the two roles evaluation serves it to. Printing the PDF
 * takes a few seconds, so the button says so while it works.
 */
export function AnnualReportDownloads({ thisYear }: { thisYear: number }) {
  const session = useSession();
  const yearId = useId();
  const [year, setYear] = useState(thisYear - 1);
  const [busy, setBusy] = useState<'pdf' | 'html' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!hasRole(session, 'COORDINATOR', 'HEAD')) return null;
  const download = (format: 'pdf' | 'html') => {
    setBusy(format);
    setMessage(`Preparing the ${academicYearLabel(year)} annual report…`);
    void downloadWithSession(
      `/reports/annual/${year}.${format}`,
      `ekst-impact-report-${year}.${format}`,
    ).then((result) => {
      setBusy(null);
      setMessage(MESSAGES[result]);
    });
  };
  return (
    <section aria-labelledby={`${yearId}-h`}>
      <h2 id={`${yearId}-h`}>Annual report</h2>
      <div className="filters">
        <label htmlFor={yearId}>Report year</label>
        <select id={yearId} value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={y}>
              {academicYearLabel(y)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          onClick={() => download('pdf')}
        >
          Download the annual report (PDF)
        </button>
        <button type="button" disabled={busy !== null} onClick={() => download('html')}>
          Download the annual report (web page)
        </button>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

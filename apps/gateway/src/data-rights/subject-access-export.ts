/**
 * The subject access export (issue 20): one query through the graph gathers what every service
 * holds about a person (`DataSubject.heldBy…`), and the answer becomes a machine-readable JSON file
 * and a readable HTML document. The gateway prints the HTML to PDF (`@ekst/print`).
 */

const PART = `service table kind purpose action retainDays retention records { fields { name value } }`;

/** The services' fields on `DataSubject`; a new service adds its own here and in its schema. */
export const HELD_DATA_FIELDS = [
  'heldByPeople',
  'heldByEvents',
  'heldByEvaluation',
  'heldByTeacherSwap',
  'heldByCommunications',
  'heldByPartnersGovernance',
] as const;

export const SUBJECT_ACCESS_QUERY = `query SubjectAccessExport($personId: ID!) {
  subjectAccessRequest(personId: $personId) {
    personId
    requestedAt
    personKnown
    subject { id ${HELD_DATA_FIELDS.map((f) => `${f} { ${PART} }`).join(' ')} }
  }
}`;

export interface HeldField {
  name: string;
  value: string | null;
}
export interface HeldPart {
  service: string;
  table: string;
  kind: string;
  purpose: string;
  action: string;
  retainDays: number | null;
  retention: string;
  records: Array<{ fields: HeldField[] }>;
}
export interface SubjectAccessAnswer {
  personId: string;
  requestedAt: string;
  personKnown: boolean;
  subject: Record<string, unknown> & { id: string };
}

export interface SubjectAccessExport {
  format: 'ekst-subject-access/1';
  personId: string;
  requestedAt: string;
  /** whether people holds a record of the person (false: unknown or erased) */
  personKnown: boolean;
  /**
   * no service holds any record about the person apart from what the data policy keeps after an
   * erasure by design (`KEPT_AFTER_ERASURE`: the access logs, the event outboxes and dead letters)
   */
  nothingHeld: boolean;
  /** every record, those kept after erasure included */
  recordCount: number;
  /** of which records of the tables in `KEPT_AFTER_ERASURE` */
  keptAfterErasure: number;
  /** every personal table of every service, with the person's records (possibly none) */
  parts: HeldPart[];
}

/**
 * The tables whose data policy says `onErasure: 'none'` and that can name a person: the access
 * log (who read the person's data, never the data; three years for accountability — and a subject
 * access request is itself one of its entries) and the messaging tables (`outbox`, `dead_letter`:
 * pseudonymous ids in events, deleted 14/30 days after delivery). They outlive an erasure by
 * design, so they cannot decide whether anything is held about the person; they are still listed.
 */
export const KEPT_AFTER_ERASURE = ['access_log', 'outbox', 'dead_letter'] as const;
const keptAfterErasure = (p: HeldPart) =>
  (KEPT_AFTER_ERASURE as readonly string[]).includes(p.table);

export function toSubjectAccessExport(answer: SubjectAccessAnswer): SubjectAccessExport {
  const parts = HELD_DATA_FIELDS.flatMap((f) => (answer.subject[f] as HeldPart[] | null) ?? []);
  const count = (ps: HeldPart[]) => ps.reduce((n, p) => n + p.records.length, 0);
  const recordCount = count(parts);
  const kept = count(parts.filter(keptAfterErasure));
  return {
    format: 'ekst-subject-access/1',
    personId: answer.personId,
    requestedAt: answer.requestedAt,
    personKnown: answer.personKnown,
    nothingHeld: recordCount === kept,
    recordCount,
    keptAfterErasure: kept,
    parts,
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function renderPart(p: HeldPart): string {
  const head = `<h3>${escapeHtml(p.service)}: ${escapeHtml(p.kind)}</h3>
<p class="meta">Table <code>${escapeHtml(p.table)}</code>. Why: ${escapeHtml(p.purpose)}. For how long: ${escapeHtml(p.retention)}.</p>`;
  if (p.records.length === 0) return `${head}\n<p class="none">Nothing held here.</p>`;
  const records = p.records
    .map(
      (r, i) =>
        `<table><caption>Record ${i + 1}</caption>${r.fields
          .map(
            (f) =>
              `<tr><th>${escapeHtml(f.name)}</th><td>${f.value === null ? '<em>empty</em>' : escapeHtml(f.value)}</td></tr>`,
          )
          .join('')}</table>`,
    )
    .join('\n');
  return `${head}\n${records}`;
}

/** A self-contained HTML document (no scripts, no external resources) a person can read. */
export function renderSubjectAccessHtml(e: SubjectAccessExport): string {
  const held = e.parts.filter((p) => p.records.length > 0);
  const empty = e.parts.filter((p) => p.records.length === 0);
  const logged =
    e.keptAfterErasure === 0
      ? ''
      : ` ${e.keptAfterErasure} record(s) still name their id where the data policy keeps them after an erasure: the access log (who read their data, when and how; never the data itself; three years, for accountability) and the services' event outboxes (pseudonymous ids, deleted 14 days after delivery). They are listed below.`;
  const summary = e.nothingHeld
    ? `<p class="summary"><strong>Nothing is held about this person</strong> by any service of the platform${e.personKnown ? '' : ' (the person is unknown to the platform, or has been erased)'}.${logged}</p>`
    : `<p class="summary">${e.recordCount} record(s) in ${held.length} place(s) across the platform.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Subject access export ${escapeHtml(e.personId)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}.meta{color:#444}.none{color:#666}</style></head>
<body>
<h1>Your personal data held by East Kent Schools Together</h1>
<p>Person <code>${escapeHtml(e.personId)}</code>; produced ${escapeHtml(e.requestedAt)}.</p>
${summary}
<h2>What is held</h2>
${held.map(renderPart).join('\n') || '<p>Nothing.</p>'}
<h2>Where nothing is held</h2>
<ul>${empty.map((p) => `<li>${escapeHtml(p.service)}: ${escapeHtml(p.kind)} (kept: ${escapeHtml(p.retention)})</li>`).join('')}</ul>
</body></html>
`;
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEV_INTERNAL_TOKEN_SECRET, INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';
import { ensureChromium, ensurePoppler } from '@ekst/platform';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { seedDemo } from '../seed/demo';
import { seedDemoResponses } from '../seed/demo-responses';
import { academicYearOf } from '../src/domain/statistics';
import { evaluationModule } from '../src/module';
import { signed } from '../src/report/annual-report.html';

interface Cell {
  instrument: string;
  doseBand: string;
  n: number | null;
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
}
const IMPACT = `query($y: Int) { impactReport(academicYear: $y, groupBy: YEAR) {
  cells { instrument doseBand n meanChange ciLow ciHigh suppressed } } }`;
const REACH = `query($y: Int!) { reachReport(academicYear: $y) { total { studentsReached attendances } } }`;
const ANNOTATE = `mutation($input: AnnotateStudentVoiceInput!) {
  annotateStudentVoice(input: $input) { voice { id publishable } errors { code } } }`;
const NOTE = `mutation($input: RecordFocusGroupNoteInput!) {
  recordFocusGroupNote(input: $input) { note { id } errors { code } } }`;

const as = (roles: Role[], partnerId: string | null = null): Caller =>
  testCaller(roles, { subject: randomUUID(), partnerId });

/** The share of a page's pixels that are not (near) white, from a binary PGM (P5) image. */
function inkShare(pgm: Buffer): number {
  const header = pgm.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error('not a binary PGM');
  const [width, height] = [Number(m[1]), Number(m[2])];
  const pixels = pgm.subarray(m[0].length, m[0].length + width * height);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink += 1;
  return ink / pixels.length;
}

/**
 * The annual impact report of a demo-like year (six well-being events for years 11–13 at three
 * schools; answers from the seeds' stated model), printed to PDF by Debian's Chromium: every page
 * has ink (pdftoppm), the headline numbers in its text (pdftotext) are the impactReport query's,
 * only publishable quotes appear, and only the coordinator and heads get it.
 */
describe('evaluation: the annual impact report', () => {
  let sg: TestSubgraph;
  let dir: string;
  const year = academicYearOf(new Date()) - 1;
  const schools = [
    {
      id: randomUUID(),
      name: 'Hartsdown Academy',
      kind: 'STATE' as const,
      sector: 'STATE' as const,
    },
    {
      id: randomUUID(),
      name: 'Simon Langton Grammar',
      kind: 'SELECTIVE' as const,
      sector: 'STATE' as const,
    },
    {
      id: randomUUID(),
      name: 'Kent College',
      kind: 'INDEPENDENT' as const,
      sector: 'INDEPENDENT' as const,
    },
  ].map((p) => ({ ...p, joinedOn: '2023-09-01' }));
  const events = Array.from({ length: 6 }, (_, e) => ({
    id: randomUUID(),
    title: `Well-being day ${e + 1}`,
    kind: 'WELLBEING' as const,
    hostPartnerId: schools[e % 3]!.id,
    startsAt: new Date(Date.UTC(year, 9 + e, 10, 9)),
    endsAt: new Date(Date.UTC(year, 9 + e, 10, 15)),
    status: 'COMPLETED' as const,
    // mixed-age, as the demo's past year: Stirling for years 7–10, SWEMWBS for 11–13
    yearGroups: [7, 8, 9, 10, 11, 12, 13],
  }));
  // 150 sixth-formers (the demo's modelled cohort) and 100 students of years 7–10.
  const students = Array.from({ length: 250 }, (_, i) => ({
    id: randomUUID(),
    partnerId: schools[i % 3]!.id,
    yearGroup: i < 150 ? 11 + (i % 3) : 7 + (i % 4),
  }));
  const published = [
    'I will talk to someone when exams get on top of me.',
    'I want to try rowing at the club in Margate.',
  ];
  const unpublished = 'I will tell my friends about the sleep tips.';

  const download = async (file: string, caller: Caller | null) => {
    const headers: Record<string, string> = {};
    if (caller)
      headers[INTERNAL_TOKEN_HEADER] = await signInternalToken(caller, {
        secret: DEV_INTERNAL_TOKEN_SECRET,
        audience: 'evaluation',
      });
    const res = await fetch(`${new URL(sg.running.url).origin}/internal/reports/annual/${file}`, {
      headers,
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: Buffer.from(await res.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    process.env.CHROMIUM_PATH ??= ensureChromium();
    ensurePoppler();
    dir = mkdtempSync(join(tmpdir(), 'ekst-annual-report-'));
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: uniqueTopicPrefix() });
    const ds = sg.running.dataSource;
    await seedDemo(ds, { partners: schools, events });
    // What EventScheduled carries and the seed's projection rows lack: the aims and year groups.
    await ds.query(
      `UPDATE event_projection SET aims = '{WELLBEING,RESILIENCE}', year_groups = '{7,8,9,10,11,12,13}' WHERE id = ANY($1::uuid[])`,
      [events.map((e) => e.id)],
    );
    await seedDemoResponses(ds, {
      students,
      // as the demo's past year: student k attends the first (k mod 5) + 1 events, the keenest fifth all six
      attendance: events.map((e, n) => ({
        eventId: e.id,
        attendeeIds: students.filter((_, k) => (n < 5 ? k % 5 >= n : k % 5 === 4)).map((s) => s.id),
      })),
      responseRate: 0.85,
      seed: 2025,
      // this test writes and clears its own quotes
      reflections: false,
    });
    // Three students wrote an answer to the reflection question; the coordinator publishes two.
    const answered = (await ds.query(
      `SELECT r.id FROM survey_response r JOIN survey s ON s.id = r.survey_id
        WHERE s.phase = 'POST' AND s.event_id = $1 ORDER BY r.id LIMIT 3`,
      [events[0]!.id],
    )) as Array<{ id: string }>;
    for (const [i, text] of [...published, unpublished].entries())
      await ds.query(`UPDATE survey_response SET reflection = $2 WHERE id = $1`, [
        answered[i]!.id,
        text,
      ]);
    for (const r of answered.slice(0, 2)) {
      const res = await sg.query<{ annotateStudentVoice: { errors: unknown[] } }>(ANNOTATE, {
        input: { id: r.id, publishable: true, themes: ['exam stress'] },
      });
      expect(res.data!.annotateStudentVoice.errors).toEqual([]);
    }
    const note = await sg.query<{ recordFocusGroupNote: { errors: unknown[] } }>(NOTE, {
      input: {
        eventId: events[1]!.id,
        heldOn: events[1]!.endsAt.toISOString().slice(0, 10),
        aims: ['WELLBEING'],
        themes: ['Belonging', 'sleep'],
        summary: 'Year 12 group: felt they belonged across schools.',
        participantCount: 8,
      },
    });
    expect(note.data!.recordFocusGroupNote.errors).toEqual([]);
  }, 90_000);

  afterAll(async () => {
    await sg?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // About 13 s on a quiet machine (Chromium's start-up and print); the timeout allows for a busy one.
  it('prints a PDF whose pages are not blank and whose headline numbers are the impactReport query’s', async () => {
    const res = await download(`${year}.pdf`, as(['COORDINATOR']));
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, res.body);

    // Pages as images: every page carries text or charts.
    execFileSync('pdftoppm', ['-gray', '-r', '40', pdf, join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const shares = pages.map((p) => inkShare(readFileSync(join(dir, p))));
    for (const share of shares) expect(share).toBeGreaterThan(0.003);
    // ... and the report as a whole has charts' worth of ink, not just a few lines.
    expect(Math.max(...shares)).toBeGreaterThan(0.03);

    // The text: the headline numbers, as the graph answers them.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const impact = await sg.query<{ impactReport: { cells: Cell[] } }>(IMPACT, { y: year });
    const all = impact.data!.impactReport.cells.filter((c) => c.doseBand === 'ALL');
    // Each band's instrument in its own headline, never pooled.
    expect(all.map((c) => c.instrument)).toEqual(['STIRLING', 'SWEMWBS']);
    for (const cell of all) {
      expect(cell.suppressed).toBe(false);
      expect(cell.n).toBeGreaterThan(cell.instrument === 'SWEMWBS' ? 100 : 60);
      expect(text).toContain(
        `${cell.instrument}: ${cell.n} students, mean change ${signed(cell.meanChange!)} (95% CI ${signed(cell.ciLow!)} to ${signed(cell.ciHigh!)})`,
      );
    }
    // The dose-response tables' rows are the query's dose bands, per instrument in that order.
    const doseRows = (instrument: string) =>
      [
        ['ONE', '1 event'],
        ['TWO_PLUS', '2+ events'],
        ['FOUR_PLUS', '4+ events'],
      ].map(([band, label]) => {
        const cell = impact.data!.impactReport.cells.find(
          (c) => c.instrument === instrument && c.doseBand === band,
        )!;
        return `${label} ${cell.n} ${signed(cell.meanChange!)}`;
      });
    const stirlingRows = doseRows('STIRLING');
    const swemwbsRows = doseRows('SWEMWBS');
    for (const row of [...stirlingRows, ...swemwbsRows]) expect(text).toContain(row);
    expect(text.indexOf(stirlingRows[0]!)).toBeLessThan(text.lastIndexOf(swemwbsRows[0]!));
    const reach = await sg.query<{
      reachReport: { total: { studentsReached: number; attendances: number } };
    }>(REACH, { y: year });
    expect(text).toContain(
      `Students reached: ${reach.data!.reachReport.total.studentsReached}; attendances: ${reach.data!.reachReport.total.attendances}`,
    );
    expect(text).toContain('Programme delivered: 6 events');
    for (const school of schools) expect(text).toContain(school.name);
    // Only the quotes the coordinator cleared, never the others; the focus-group themes.
    for (const q of published) expect(text).toContain(q);
    expect(text).not.toContain(unpublished);
    expect(text).toContain('belonging');
    expect(text).toMatch(/Suppression notes/);
    expect(text).toMatch(/Method/);
  }, 120_000);

  it('gives heads the same document as HTML, self-contained, with the charts inline as SVG', async () => {
    const res = await download(`${year}.html`, as(['HEAD'], schools[2]!.id));
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    const html = res.body.toString('utf8');
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<script|src="http|href="http/);
  });

  it.each([
    ['a student', ['STUDENT'] as Role[]],
    ['a teacher', ['TEACHER'] as Role[]],
    ['a champion', ['CHAMPION'] as Role[]],
    ['finance', ['FINANCE'] as Role[]],
  ])('refuses %s: 403 and no report', async (_who, roles) => {
    for (const file of [`${year}.pdf`, `${year}.html`]) {
      const res = await download(file, as(roles, schools[0]!.id));
      expect(res.status).toBe(403);
      expect(res.type).toMatch(/^application\/json/);
      expect(res.body.toString('utf8')).not.toMatch(/%PDF|<html|SWEMWBS|Hartsdown/);
    }
  });

  it('refuses an associate’s API key, a request without the gateway’s token, and a year that is not one', async () => {
    const key: Caller = {
      kind: 'api-key',
      subject: randomUUID(),
      roles: ['ASSOCIATE'],
      partnerId: null,
    };
    expect((await download(`${year}.pdf`, key)).status).toBe(403);
    expect((await download(`${year}.pdf`, null)).status).toBe(401);
    expect((await download('1999.html', as(['COORDINATOR']))).status).toBe(400);
    expect((await download('next.pdf', as(['COORDINATOR']))).status).toBe(400);
    expect((await download(`${year}.docx`, as(['COORDINATOR']))).status).toBe(404);
  });
});

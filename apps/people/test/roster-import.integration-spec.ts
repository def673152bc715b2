import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller } from '@ekst/auth';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { main as rosterCli } from '../src/cli/import-roster.cli';
import { peopleModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

/**
 * Roster import against a real people database (and the partners topic on real Kafka): a
 * champion's dry run reports exactly the bad rows and writes nothing; the real import creates the
 * rest in one transaction with their events in the outbox; the same file again changes nothing.
 */

const IMPORT = `mutation($input: ImportRosterInput!) {
  importRoster(input: $input) {
    report { dryRun kind created updated unchanged refused
             rows { line outcome reason field message personId } }
    errors { field code message }
  }
}`;

interface Row {
  line: number;
  outcome: string;
  reason: string | null;
  field: string | null;
  message: string | null;
  personId: string | null;
}
interface Imported {
  importRoster: {
    report: {
      dryRun: boolean;
      kind: string;
      created: number;
      updated: number;
      unchanged: number;
      refused: number;
      rows: Row[];
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
}

/** 200 rows: 195 good students (Years 7–13, some with MIS ids) and 5 bad ones, each with its reason. */
function rosterOf200(): { csv: string; bad: Record<number, string> } {
  const lines = ['Display name,Year group,MIS id'];
  const bad: Record<number, string> = {};
  for (let i = 0; i < 195; i += 1) {
    const year = 7 + (i % 7);
    // accents on purpose: matched again on re-import
    lines.push(
      `Stüdent ${String(i).padStart(3, '0')} Ñame,${i % 3 === 0 ? `Year ${year}` : year},${i % 2 ? `MIS${i}` : ''}`,
    );
    if (i === 20) {
      lines.push(',9,');
      bad[lines.length] = 'MISSING_NAME';
    }
    if (i === 60) {
      lines.push('Fourteen Years,14,');
      bad[lines.length] = 'BAD_YEAR_GROUP';
    }
    if (i === 100) {
      lines.push('Copy Of One,8,MIS1');
      bad[lines.length] = 'DUPLICATE_IN_FILE';
    }
    if (i === 140) {
      lines.push('Q,10,');
      bad[lines.length] = 'BAD_NAME';
    }
    if (i === 180) {
      lines.push(`Long Id,11,${'9'.repeat(65)}`);
      bad[lines.length] = 'BAD_EXTERNAL_ID';
    }
  }
  return { csv: '\uFEFF' + lines.join('\r\n') + '\r\n', bad };
}

describe('roster import', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  const school = randomUUID();
  const otherSchool = randomUUID();
  const champion = testCaller(['CHAMPION'], { partnerId: school });
  const otherChampion = testCaller(['CHAMPION'], { partnerId: otherSchool });

  const importAs = (caller: Caller, input: Record<string, unknown>) =>
    sg.query<Imported>(
      IMPORT,
      { input: { partnerId: school, kind: 'STUDENTS', ...input } },
      caller,
    );

  async function counts(): Promise<{ people: number; outbox: number }> {
    const [row] = (await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM outbox)::int AS outbox`,
    )) as Array<{ people: number; outbox: number }>;
    return row;
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(peopleModule, { topicPrefix: prefix, cleanTopics: true });
    probe = new KafkaProbe(prefix);
    await probe.start();
    await probe.deliver(
      probe.partnerJoined({ id: school, name: 'Herne Bay High', kind: 'STATE', sector: 'STATE' }),
    );
    await probe.deliver(
      probe.partnerJoined({
        id: otherSchool,
        name: 'Kent College',
        kind: 'INDEPENDENT',
        sector: 'INDEPENDENT',
      }),
    );
    await eventually(async () => {
      const rows = (await sg.running.dataSource.query(
        `SELECT 1 FROM partner_projection WHERE id IN ($1, $2)`,
        [school, otherSchool],
      )) as unknown[];
      return rows.length === 2;
    });
  }, 60000);

  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  it("a champion's dry run of 200 rows reports exactly the 5 bad ones with reasons and creates nothing", async () => {
    const { csv, bad } = rosterOf200();
    const before = await counts();
    const res = await importAs(champion, { csv });
    expect(res.errors).toBeUndefined();
    const report = res.data!.importRoster.report!;
    expect(report).toMatchObject({
      dryRun: true,
      created: 195,
      updated: 0,
      unchanged: 0,
      refused: 5,
    });
    expect(report.rows).toHaveLength(200);
    const refused = report.rows.filter((r) => r.outcome === 'REFUSED');
    expect(Object.fromEntries(refused.map((r) => [r.line, r.reason]))).toEqual(bad);
    // the report never repeats a refused cell's value
    expect(JSON.stringify(refused)).not.toMatch(/Fourteen|Copy Of|999999/);
    expect(await counts()).toEqual(before);
  });

  it('the real import creates the 195 in one transaction, announced without names; the same file again changes nothing', async () => {
    const { csv } = rosterOf200();
    const before = await counts();
    const res = await importAs(champion, { csv, dryRun: false });
    const report = res.data!.importRoster.report!;
    expect(report).toMatchObject({ dryRun: false, created: 195, refused: 5 });
    const createdIds = report.rows.filter((r) => r.outcome === 'CREATED').map((r) => r.personId);
    expect(new Set(createdIds).size).toBe(195);
    const [tx] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS people, count(DISTINCT xmin::text)::int AS transactions
       FROM person WHERE partner_id = $1`,
      [school],
    )) as Array<{ people: number; transactions: number }>;
    expect(tx).toEqual({ people: 195, transactions: 1 });
    const after = await counts();
    expect(after.people - before.people).toBe(195);
    expect(after.outbox - before.outbox).toBe(195);
    const outbox = (await sg.running.dataSource.query(
      `SELECT event_type AS type, envelope::text AS payload, (SELECT count(DISTINCT o2.xid)::int FROM outbox o2 WHERE o2.message_key = ANY ($1::text[])) AS txs
       FROM outbox WHERE message_key = ANY ($1::text[])`,
      [createdIds],
    )) as Array<{ type: string; payload: string; txs: number }>;
    expect(outbox).toHaveLength(195);
    // the events were written by the same one transaction as the people
    expect(outbox[0].txs).toBe(1);
    expect(
      outbox.every((o) => o.type === 'PersonRegistered' && !o.payload.includes('Stüdent')),
    ).toBe(true);
    const [stored] = (await sg.running.dataSource.query(
      `SELECT display_name, year_group, external_id FROM person WHERE external_id = 'MIS1' AND partner_id = $1`,
      [school],
    )) as Array<{ display_name: string; year_group: number; external_id: string }>;
    expect(stored).toEqual({
      display_name: 'Stüdent 001 Ñame',
      year_group: 8,
      external_id: 'MIS1',
    });

    const again = await importAs(champion, { csv, dryRun: false });
    expect(again.data!.importRoster.report).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 195,
      refused: 5,
    });
    expect(await counts()).toEqual(after);
  });

  it('a changed name with the same MIS id, or a different case and accents without one, updates or matches the same student', async () => {
    const before = await counts();
    const res = await importAs(champion, {
      dryRun: false,
      csv: 'name,year,MIS id\nRenamed Student,8,MIS1\nstudent 000 name,7,\n',
    });
    const rows = res.data!.importRoster.report!.rows;
    expect(rows.map((r) => r.outcome)).toEqual(['UPDATED', 'UPDATED']);
    const after = await counts();
    expect(after.people).toBe(before.people);
    // each update is announced (PersonUpdated), so every projection follows
    expect(after.outbox - before.outbox).toBe(2);
  });

  it('a date-of-birth column refuses the whole file: typed error, nothing stored, no value echoed', async () => {
    const before = await counts();
    const res = await importAs(champion, {
      dryRun: false,
      csv: 'Name,Year group,D.O.B.\nNew Pupil,7,2014-05-06\n',
    });
    expect(res.data!.importRoster.report).toBeNull();
    expect(res.data!.importRoster.errors).toEqual([
      { field: 'csv', code: 'DATE_OF_BIRTH_COLUMN', message: expect.any(String) },
    ]);
    expect(JSON.stringify(res)).not.toMatch(/2014|New Pupil/);
    expect(await counts()).toEqual(before);
  });

  it('a student row with year group 14 is refused and nothing is stored for it', async () => {
    const before = await counts();
    const res = await importAs(champion, { dryRun: false, csv: 'name,year\nOld Pupil,14\n' });
    expect(res.data!.importRoster.report!.rows).toEqual([
      expect.objectContaining({
        line: 2,
        outcome: 'REFUSED',
        reason: 'BAD_YEAR_GROUP',
        field: 'yearGroup',
        personId: null,
      }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('a champion of another school is FORBIDDEN, and nothing is stored', async () => {
    const before = await counts();
    const res = await importAs(otherChampion, { dryRun: false, csv: 'name,year\nSneaky Add,9\n' });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const teacher = testCaller(['TEACHER'], { partnerId: school });
    const asTeacher = await importAs(teacher, { csv: 'name,year\nSneaky Add,9\n' });
    expect(asTeacher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('a staff roster creates teachers, refuses governing roles, and keeps a champion a champion', async () => {
    const coordinator = testCaller(['COORDINATOR']);
    const res = await sg.query<Imported>(
      IMPORT,
      {
        input: {
          partnerId: school,
          kind: 'STAFF',
          dryRun: false,
          csv: [
            'Name,Roles,Email',
            'Tess Teacher,TEACHER,tess@herne.example',
            'Hugh Head,HEAD,hugh@herne.example',
            'Amb Assador,teacher;ambassador,amb@herne.example',
          ].join('\n'),
        },
      },
      coordinator,
    );
    const report = res.data!.importRoster.report!;
    expect(report.rows.map((r) => [r.outcome, r.reason])).toEqual([
      ['CREATED', null],
      ['REFUSED', 'ROLE_NOT_IMPORTABLE'],
      ['CREATED', null],
    ]);
    const [tess] = (await sg.running.dataSource.query(
      `SELECT id, roles FROM person WHERE email = 'tess@herne.example'`,
    )) as Array<{ id: string; roles: string[] }>;
    expect(tess.roles).toEqual(['TEACHER']);
    // a champion role given elsewhere (governance) survives a roster that lists her as a teacher
    await sg.running.dataSource.query(
      `UPDATE person SET roles = '{CHAMPION,TEACHER}' WHERE id = $1`,
      [tess.id],
    );
    const again = await sg.query<Imported>(
      IMPORT,
      {
        input: {
          partnerId: school,
          kind: 'STAFF',
          dryRun: false,
          csv: 'Name,Roles,Email\nTess Teacher,TEACHER,TESS@herne.example\n',
        },
      },
      champion,
    );
    expect(again.data!.importRoster.report!.rows[0]).toMatchObject({
      outcome: 'UNCHANGED',
      personId: tess.id,
    });
  });

  it('a file that is not CSV is INVALID on csv and stores nothing', async () => {
    const before = await counts();
    const res = await importAs(champion, { dryRun: false, csv: 'name,year\n"Unclosed,9\n' });
    expect(res.data!.importRoster.errors).toEqual([
      { field: 'csv', code: 'INVALID', message: expect.stringContaining('not valid CSV') },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('the CLI runs the same use case as the person named by --as: a dry run, then the import', async () => {
    const reg = await sg.query<{ registerPerson: { person: { id: string } } }>(
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`,
      {
        input: {
          partnerId: school,
          displayName: 'Cher Champion',
          roles: ['CHAMPION'],
          email: 'cher@herne.example',
        },
      },
      testCaller(['COORDINATOR']),
    );
    const championId = reg.data!.registerPerson.person.id;
    const file = join(mkdtempSync(join(tmpdir(), 'roster-')), 'roster.csv');
    writeFileSync(file, 'Name,Year group\nCli Pupil,7\nBad Year,14\n');
    const before = await counts();
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = sg.database.url;
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    try {
      const args = ['--as', championId, '--partner', school, '--kind', 'STUDENTS', '--file', file];
      expect(await rosterCli(args)).toBe(0);
      expect(await counts()).toEqual(before);
      expect(await rosterCli([...args, '--apply'])).toBe(0);
      // a champion of another school is refused by the same rule
      expect(await rosterCli([...args.slice(0, 3), otherSchool, ...args.slice(4)])).toBe(3);
    } finally {
      write.mockRestore();
      process.env.DATABASE_URL = saved;
    }
    expect(out.join('')).toContain('line 3\tREFUSED\tBAD_YEAR_GROUP');
    expect((await counts()).people).toBe(before.people + 1);
  });
});

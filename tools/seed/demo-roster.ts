import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schoolsOf } from './demo-plan';
import type { SeededPartner } from './demo-plan';
import type { SeedContext } from './seed-context';

/** The first school's 20 planned students with their MIS ids, as the school's MIS would export them. */
export const DEMO_ROSTER_FILE = join(__dirname, '../../apps/people/seed/roster-demo-students.csv');

interface Report {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/**
 * Imports the demo roster through `importRoster` (the same use case as the CLI), a dry run first
 * as a school would: the rows match the students the seed registered by name and year group, so
 * the import records their MIS ids (UPDATED) and creates nobody; a resumed run finds them
 * UNCHANGED.
 */
export async function seedRoster(ctx: SeedContext, partners: SeededPartner[]): Promise<string> {
  const school = schoolsOf(partners)[0];
  if (!school) return 'no school for the demo roster';
  const csv = readFileSync(DEMO_ROSTER_FILE, 'utf8');
  const run = async (dryRun: boolean): Promise<Report> => {
    const r = await ctx.q<{ importRoster: { report: Report | null; errors: unknown[] } }>(
      `mutation($input: ImportRosterInput!) { importRoster(input: $input) {
        report { dryRun created updated unchanged refused } errors { code field message } } }`,
      { input: { partnerId: school.id, kind: 'STUDENTS', csv, dryRun } },
    );
    const report = r.data?.importRoster.report;
    if (!report) throw new Error(`demo seed: roster import: ${JSON.stringify(r.errors ?? r.data)}`);
    return report;
  };
  const dry = await run(true);
  const applied = await run(false);
  return `roster of ${school.name}: dry run ${dry.updated} to update, ${dry.created} to create; applied: ${applied.updated} updated, ${applied.unchanged} unchanged, ${applied.refused} refused`;
}

import type { Role } from '@ekst/auth';
import {
  DEMO_ACADEMIC_YEAR,
  DEMO_APPLICATION,
  DEMO_CONTRIBUTIONS,
  DEMO_MOU,
  DEMO_PRIORITIES,
  demoTermCalendar,
} from './demo-governance-plan';

/**
 * What the seed needs of the graph: a query as the seeding coordinator, or as someone else
 * (`as`: a token through the gateway, or a caller straight to the subgraph in its tests).
 */
export type GovernanceSeedQuery<As> = <T>(
  query: string,
  variables?: Record<string, unknown>,
  as?: As,
) => Promise<{ data?: T; errors?: readonly unknown[] }>;

export interface GovernanceSeedPartner {
  id: string;
  kind: string;
}
export interface GovernanceSeedPerson {
  id: string;
  partnerId: string;
  kind: string;
}

const ERRORS = 'errors { code field message }';

function check(
  what: string,
  r: { data?: unknown; errors?: readonly unknown[] },
  errors?: unknown[],
) {
  if (r.errors || !r.data || (errors && errors.length > 0))
    throw new Error(`demo seed: ${what}: ${JSON.stringify(r.errors ?? errors)}`);
}

/**
 * One academic year of governance, through the gateway as the people who would do it: the
 * coordinator publishes the MoU and every school's head signs it (the coordinator records the
 * university's and associates' signatures); each school's champion records its 2026-27 term
 * calendar; a head sets the year's priorities and records the Heads Group's decision on an
 * application; the coordinator records the associates' contributions. Resumable: the MoU is found
 * by title, signatures by `mouSigned`, the application by organisation, contributions by
 * description; calendars and priorities are replaced whole, so running again changes nothing.
 */
export async function seedGovernance<As>(
  q: GovernanceSeedQuery<As>,
  tokenFor: (person: GovernanceSeedPerson, roles: Role[]) => Promise<As>,
  partners: readonly GovernanceSeedPartner[],
  people: readonly GovernanceSeedPerson[],
): Promise<string> {
  const personOf = (partnerId: string, kind: string) =>
    people.find((p) => p.partnerId === partnerId && p.kind === kind);

  // MoU
  const current = await q<{ currentMou: { id: string; title: string } | null }>(
    `{ currentMou { id title } }`,
  );
  check('current MoU', current);
  if (current.data!.currentMou?.title !== DEMO_MOU.title) {
    const r = await q<{ publishMouVersion: { errors: unknown[] } }>(
      `mutation($i: PublishMouVersionInput!) { publishMouVersion(input: $i) { mouVersion { id } ${ERRORS} } }`,
      { i: DEMO_MOU },
    );
    check('publish MoU', r, r.data?.publishMouVersion.errors);
  }
  let signatures = 0;
  for (const partner of partners) {
    const signed = await q<{ partner: { mouSigned: boolean } }>(
      `query($id: ID!) { partner(id: $id) { mouSigned } }`,
      { id: partner.id },
    );
    check('MoU signed?', signed);
    if (signed.data!.partner.mouSigned) continue;
    const head = personOf(partner.id, 'head');
    const signer = head ?? personOf(partner.id, 'associate') ?? personOf(partner.id, 'coordinator');
    const input = {
      partnerId: partner.id,
      signerRole: head
        ? 'Headteacher'
        : partner.kind === 'UNIVERSITY'
          ? 'Pro-Vice-Chancellor'
          : 'Director',
      signedOn: '2026-09-15',
      ...(head ? {} : { signedByPersonId: signer?.id }),
    };
    const token = head ? await tokenFor(head, ['HEAD']) : undefined;
    const r = await q<{ signMou: { errors: unknown[] } }>(
      `mutation($i: SignMouInput!) { signMou(input: $i) { signature { id } ${ERRORS} } }`,
      { i: input },
      token,
    );
    check('sign MoU', r, r.data?.signMou.errors);
    signatures += 1;
  }

  // Term calendars, by each school's champion
  const counters = { STATE: 0, INDEPENDENT: 0 };
  let calendars = 0;
  for (const partner of partners) {
    const sector =
      partner.kind === 'INDEPENDENT'
        ? 'INDEPENDENT'
        : partner.kind === 'STATE' || partner.kind === 'SELECTIVE'
          ? 'STATE'
          : null;
    if (!sector) continue;
    const entries = demoTermCalendar(sector, counters[sector]++);
    const champion = personOf(partner.id, 'champion');
    const token = champion ? await tokenFor(champion, ['CHAMPION']) : undefined;
    const r = await q<{ setTermCalendar: { errors: unknown[] } }>(
      `mutation($i: SetTermCalendarInput!) { setTermCalendar(input: $i) { entries { kind } ${ERRORS} } }`,
      { i: { partnerId: partner.id, academicYear: DEMO_ACADEMIC_YEAR, entries } },
      token,
    );
    check('term calendar', r, r.data?.setTermCalendar.errors);
    calendars += 1;
  }

  // Priorities and the application, by a head for the Heads Group
  const aHead = people.find((p) => p.kind === 'head');
  const headToken = aHead ? await tokenFor(aHead, ['HEAD']) : undefined;
  const priorities = await q<{ setPriorities: { errors: unknown[] } }>(
    `mutation($i: SetPrioritiesInput!) { setPriorities(input: $i) { priorities { id } ${ERRORS} } }`,
    { i: { academicYear: DEMO_ACADEMIC_YEAR, priorities: DEMO_PRIORITIES } },
    headToken,
  );
  check('priorities', priorities, priorities.data?.setPriorities.errors);

  const apps = await q<{
    associateApplications: Array<{ id: string; organisationName: string; status: string }>;
  }>(`{ associateApplications { id organisationName status } }`);
  check('applications', apps);
  let application = apps.data!.associateApplications.find(
    (a) => a.organisationName === DEMO_APPLICATION.organisationName,
  );
  if (!application) {
    const { decision: _decision, ...input } = DEMO_APPLICATION;
    const r = await q<{
      recordAssociateApplication: {
        application: { id: string; organisationName: string; status: string };
        errors: unknown[];
      };
    }>(
      `mutation($i: AssociateApplicationInput!) { recordAssociateApplication(input: $i) { application { id organisationName status } ${ERRORS} } }`,
      { i: input },
    );
    check('application', r, r.data?.recordAssociateApplication.errors);
    application = r.data!.recordAssociateApplication.application;
  }
  if (application.status === 'PENDING') {
    const r = await q<{ decideAssociateApplication: { errors: unknown[] } }>(
      `mutation($i: DecideAssociateApplicationInput!) { decideAssociateApplication(input: $i) { application { id } ${ERRORS} } }`,
      { i: { applicationId: application.id, ...DEMO_APPLICATION.decision } },
      headToken,
    );
    check('decision', r, r.data?.decideAssociateApplication.errors);
  }

  // Contributions of the associates
  let contributions = 0;
  const associates = partners.filter((p) => p.kind === 'ASSOCIATE');
  for (const [i, partner] of associates.entries()) {
    const existing = await q<{ partner: { contributions: Array<{ description: string }> } }>(
      `query($id: ID!) { partner(id: $id) { contributions { description } } }`,
      { id: partner.id },
    );
    check('contributions', existing);
    const have = new Set(existing.data!.partner.contributions.map((c) => c.description));
    for (const c of DEMO_CONTRIBUTIONS[i % DEMO_CONTRIBUTIONS.length]) {
      if (have.has(c.description)) continue;
      const r = await q<{ recordContribution: { errors: unknown[] } }>(
        `mutation($i: RecordContributionInput!) { recordContribution(input: $i) { contribution { id } ${ERRORS} } }`,
        { i: { partnerId: partner.id, academicYear: DEMO_ACADEMIC_YEAR, ...c } },
      );
      check('contribution', r, r.data?.recordContribution.errors);
      contributions += 1;
    }
  }
  return `governance: MoU (${signatures} signatures now), ${calendars} term calendars, ${DEMO_PRIORITIES.length} priorities, 1 application decided, ${contributions} contributions now`;
}

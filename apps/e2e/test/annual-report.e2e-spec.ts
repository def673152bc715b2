import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { devUserToken, gql, retryUntil, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * Issue 15: the annual impact report through the gateway (on the worker's shared stack, real Kafka). The
 * coordinator downloads the PDF and heads the HTML; a student, a teacher and a champion get 403
 * and no report; anonymous callers 401. The report names a partner created through the graph,
 * so the document is evaluation's live projection, reached only through the gateway.
 */
describe('the annual impact report through the gateway', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared stack (its evaluation prints the PDF with Chromium)
  let stack: TestStack;
  const year =
    new Date().getUTCMonth() >= 8 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
  const partnerName = `Dane Court Grammar ${run}`;
  let coordinator: string;
  let partnerId: string;
  const base = () => stack.gatewayUrl.replace(/\/graphql$/, '');
  const token = (roles: Role[]) => devUserToken({ sub: randomUUID(), roles, partnerId });
  const download = async (file: string, bearer: string | null) => {
    const res = await fetch(`${base()}/reports/annual/${file}`, {
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      disposition: res.headers.get('content-disposition'),
      body: Buffer.from(await res.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000021c0',
      roles: ['COORDINATOR'],
      partnerId: null,
    });
    const r = await gql<{ createPartner: { partner: { id: string } | null; errors: unknown[] } }>(
      stack.gatewayUrl,
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
      { input: { name: partnerName, kind: 'SELECTIVE', town: 'Broadstairs' } },
    );
    expect(r.data?.createPartner.errors).toEqual([]);
    partnerId = r.data!.createPartner.partner!.id;
  }, 180_000);

  it('gives a head the HTML report, naming the partner evaluation learnt of through Kafka', async () => {
    const head = await token(['HEAD']);
    const html = await retryUntil(async () => {
      const res = await download(`${year}.html`, head);
      expect(res.status).toBe(200);
      const text = res.body.toString('utf8');
      return text.includes(partnerName) ? { res, text } : null;
    }, 'the report naming the new partner');
    expect(html.res.type).toBe('text/html; charset=utf-8');
    expect(html.res.disposition).toBe(`attachment; filename="ekst-impact-report-${year}.html"`);
    expect(html.text).toContain('Reach by partner');
    expect(html.text).toMatch(/<svg/);
  }, 120_000);

  it('gives the coordinator the PDF', async () => {
    const res = await download(`${year}.pdf`, coordinator);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.body.length).toBeGreaterThan(10_000);
  }, 120_000);

  it.each([
    ['a student', ['STUDENT'] as Role[]],
    ['a teacher', ['TEACHER'] as Role[]],
    ['a champion', ['CHAMPION'] as Role[]],
  ])('refuses %s: 403 and no content of the report', async (_who, roles) => {
    const bearer = await token(roles);
    for (const file of [`${year}.pdf`, `${year}.html`]) {
      const res = await download(file, bearer);
      expect(res.status).toBe(403);
      expect(res.disposition).toBeNull();
      expect(res.body.toString('utf8')).not.toMatch(new RegExp(`%PDF|<html|${run}`));
    }
  });

  it('asks anonymous callers to sign in and knows no other files', async () => {
    expect((await download(`${year}.pdf`, null)).status).toBe(401);
    expect((await download(`${year}.pdf`, 'not-a-token')).status).toBe(401);
    expect((await download('25.pdf', coordinator)).status).toBe(404);
    expect((await download(`${year}.docx`, coordinator)).status).toBe(404);
  });
});

import { devUserToken } from '@ekst/testing';

/** What the demo seed passes in: its gateway query function and the seeded people. */
export interface AnnouncementSeedInput {
  q: <T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<{ data?: T | null; errors?: unknown[] }>;
  coordinator: { id: string; partnerId: string };
  /** a champion, and one other adult of the same school who is told (the witness) */
  champion: { id: string; partnerId: string; roles: string[] };
  witness: { id: string; partnerId: string; roles: string[] };
}

const ANNOUNCEMENTS = {
  everyone: {
    subject: 'Welcome to the new EKST programme',
    body:
      'The programme for this term is live: browse the events, register your students early (places are first come, first served) ' +
      'and watch your notifications for waitlist offers, which must be confirmed before their deadline.',
  },
  partner: {
    subject: 'Our students on the EKST waitlists',
    body: 'If one of your students is offered a waitlist place, you will get an e-mail: please make sure they confirm it in the app before the deadline.',
  },
};

type Role = Parameters<typeof devUserToken>[0]['roles'][number];

async function inboxSubjects(
  input: AnnouncementSeedInput,
  person: AnnouncementSeedInput['witness'],
) {
  const token = await devUserToken({
    sub: person.id,
    roles: person.roles as Role[],
    partnerId: person.partnerId,
  });
  const r = await input.q<{
    me: { notifications: { edges: Array<{ node: { subject: string } }> } | null } | null;
  }>(`{ me { notifications(first: 100) { edges { node { subject } } } } }`, {}, token);
  if (r.errors || !r.data?.me?.notifications)
    throw new Error(`demo seed: reading an inbox: ${JSON.stringify(r.errors)}`);
  return new Set(r.data.me.notifications.edges.map((e) => e.node.subject));
}

/**
 * Two announcements, through the gateway as their authors: the coordinator to everyone, and a
 * champion to their own school. Resumable: an announcement counts as posted when the witness (an
 * adult of the champion's school, told of both) has it in their inbox.
 */
export async function seedAnnouncements(input: AnnouncementSeedInput): Promise<string> {
  const seen = await inboxSubjects(input, input.witness);
  const post = async (
    author: { id: string; partnerId: string; roles: Role[] },
    target: Record<string, unknown>,
    a: { subject: string; body: string },
  ) => {
    if (seen.has(a.subject)) return 0;
    const token = await devUserToken({
      sub: author.id,
      roles: author.roles,
      partnerId: author.partnerId,
    });
    const r = await input.q<{ postAnnouncement: { errors: unknown[] } }>(
      `mutation($input: PostAnnouncementInput!) { postAnnouncement(input: $input) { announcement { id } errors { code field message } } }`,
      { input: { ...target, ...a } },
      token,
    );
    if (r.errors || (r.data?.postAnnouncement.errors ?? []).length > 0)
      throw new Error(
        `demo seed: announcement: ${JSON.stringify(r.errors ?? r.data?.postAnnouncement.errors)}`,
      );
    return 1;
  };
  const posted =
    (await post(
      { ...input.coordinator, roles: ['COORDINATOR'] },
      { target: 'EVERYONE' },
      ANNOUNCEMENTS.everyone,
    )) +
    (await post(
      { ...input.champion, roles: input.champion.roles as Role[] },
      { target: 'PARTNER', targetId: input.champion.partnerId },
      ANNOUNCEMENTS.partner,
    ));
  return `2 announcements (${posted} posted now)`;
}

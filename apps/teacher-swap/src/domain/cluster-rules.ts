import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { z } from 'zod';
import { PHASES } from './swap-offer-rules';

/** A new cluster: one subject, optionally one phase; named for people to find it. */
export const newClusterSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  subject: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
  phase: z
    .enum(PHASES)
    .nullish()
    .transform((p) => p ?? null),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((t) => (t ? t : null));

/**
 * A shared resource: a link (https only: members open it in school, where plain http and other
 * schemes are blocked or unsafe) or a reference to a file held elsewhere, never both. Tags are
 * kept lower-case so a search by tag does not depend on who typed it.
 */
export const newClusterResourceSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    url: optionalText(2000).refine((u) => u === null || isHttpsUrl(u), 'must be an https:// link'),
    fileReference: optionalText(300),
    examCourse: optionalText(120),
    tags: z
      .array(z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters'))
      .max(10, 'give at most 10 tags')
      .nullish()
      .transform((tags) => [...new Set((tags ?? []).map((t) => t.toLowerCase()))]),
  })
  .refine((r) => (r.url === null) !== (r.fileReference === null), {
    message: 'give either a link or a file reference, not both',
    path: ['url'],
  });

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** What the caller is to one cluster, from its membership rows. */
export type ClusterStanding = 'lead' | 'member' | 'none';

/** The coordinator creates clusters: they are the partnership's, not one school's. */
export function mayCreateCluster(caller: Caller): boolean {
  return hasRole(caller, 'COORDINATOR');
}

/** A teacher joins (and leaves) clusters for themself. */
export function mayJoinCluster(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'TEACHER');
}

/** The coordinator or the cluster's lead adds someone else. */
export function mayAddMember(caller: Caller, standing: ClusterStanding): boolean {
  return hasRole(caller, 'COORDINATOR') || standing === 'lead';
}

/**
 * Resources are shared among members: members and the coordinator see and add them. A head sees
 * the list of clusters (to know where their staff meet) but not the resources, unless a member.
 */
export function mayUseResources(caller: Caller, standing: ClusterStanding): boolean {
  return hasRole(caller, 'COORDINATOR') || standing !== 'none';
}

/** Who sees the list of clusters: school teaching staff and the coordinator. */
export function maySeeClusters(caller: Caller): boolean {
  return hasRole(caller, 'COORDINATOR', 'HEAD', 'TEACHER');
}

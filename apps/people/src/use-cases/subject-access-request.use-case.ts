import { mayActOnDataRights } from '@ekst/auth';
import { forbidden } from '@ekst/subgraph-kit';
import type { PeopleContext } from '../context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SubjectAccessAnswer {
  personId: string;
  requestedAt: string;
  personKnown: boolean;
  subject: { id: string };
}

/**
 * Answers a subject access request (issue 20): the coordinator or the data protection lead only.
 * The held data itself is gathered by the gateway from every service's `DataSubject.heldBy…`
 * field; here people says whether it knows the person and records the request in the access log.
 * An unknown or erased person (or an id that is no uuid) is an answer, not an error.
 */
export async function answerSubjectAccessRequest(
  ctx: PeopleContext,
  personId: string,
): Promise<SubjectAccessAnswer> {
  if (!mayActOnDataRights(ctx.caller))
    throw forbidden(
      'Only the coordinator or the data protection lead may answer a subject access request',
    );
  const id = personId.trim().toLowerCase();
  const known =
    UUID.test(id) &&
    ((await ctx.dataSource.query(`SELECT 1 FROM person WHERE id = $1`, [id])) as unknown[]).length >
      0;
  ctx.accessLog.record('SUBJECT_ACCESS', 'subjectAccessRequest', [id]);
  return {
    personId: id,
    requestedAt: new Date().toISOString(),
    personKnown: known,
    subject: { id },
  };
}

/** The data subject, to read the access logs about or by a person: coordinator or DPL only. */
export function openDataSubject(ctx: PeopleContext, id: string): { id: string } {
  if (!mayActOnDataRights(ctx.caller))
    throw forbidden('Only the coordinator or the data protection lead may read the access log');
  return { id: id.trim().toLowerCase() };
}

/** The partnership's retention record (every service adds its tables): coordinator or DPL only. */
export function openRetentionRecord(ctx: PeopleContext): { id: string } {
  if (!mayActOnDataRights(ctx.caller))
    throw forbidden(
      'Only the coordinator or the data protection lead may see the retention record',
    );
  return { id: 'partnership' };
}

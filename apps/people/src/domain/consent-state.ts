import { z } from 'zod';

export const CONSENT_KINDS = ['PHOTO_PUBLICITY', 'TRIPS', 'DATA_PROCESSING'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export type ConsentDecision = 'GRANTED' | 'REFUSED' | 'WITHDRAWN';
/** STUDENT: a student for themself; PARENT_CARER: for a student, named; SELF: an adult for themself. */
export type ConsentGiver = 'STUDENT' | 'PARENT_CARER' | 'SELF';
export type ConsentMethod = 'PAPER' | 'ONLINE' | 'VERBAL';

export interface ConsentRecordLike {
  kind: ConsentKind;
  decision: ConsentDecision;
  noticeVersion: string | null;
  givenBy: ConsentGiver;
  givenAt: Date;
  recordedAt: Date;
  id: string;
}

export interface ConsentState {
  kind: ConsentKind;
  /** true only while the latest decision is GRANTED; no record at all means not granted */
  granted: boolean;
  decision: ConsentDecision | null;
  noticeVersion: string | null;
  givenBy: ConsentGiver | null;
  decidedAt: Date | null;
}

/**
 * The current state of each kind: the latest record wins (by when it was given, then when it was
 * recorded, so a paper form entered late still sits where it belongs). A refusal and a withdrawal
 * are records too; with no record, consent was never given.
 */
export function currentConsent(records: readonly ConsentRecordLike[]): ConsentState[] {
  return CONSENT_KINDS.map((kind) => {
    const latest = records
      .filter((r) => r.kind === kind)
      .reduce<ConsentRecordLike | null>((best, r) => (best && !isLater(r, best) ? best : r), null);
    return {
      kind,
      granted: latest?.decision === 'GRANTED',
      decision: latest?.decision ?? null,
      noticeVersion: latest?.noticeVersion ?? null,
      givenBy: latest?.givenBy ?? null,
      decidedAt: latest?.givenAt ?? null,
    };
  });
}

function isLater(a: ConsentRecordLike, b: ConsentRecordLike): boolean {
  const byGiven = a.givenAt.getTime() - b.givenAt.getTime();
  if (byGiven !== 0) return byGiven > 0;
  const byRecorded = a.recordedAt.getTime() - b.recordedAt.getTime();
  if (byRecorded !== 0) return byRecorded > 0;
  return a.id > b.id;
}

/** Input rules; `student` says whether the person is a student (their giver rules differ). */
export function consentInputSchema(student: boolean, now: Date) {
  return z
    .object({
      kind: z.enum(CONSENT_KINDS),
      decision: z.enum(['GRANTED', 'REFUSED', 'WITHDRAWN']),
      noticeVersion: z.string().trim().min(1).max(40).nullish(),
      givenBy: z.enum(['STUDENT', 'PARENT_CARER', 'SELF']).nullish(),
      giverName: z.string().trim().min(2, 'must be at least 2 characters').max(100).nullish(),
      givenAt: z.coerce.date({ message: 'must be a date and time' }).nullish(),
      method: z.enum(['PAPER', 'ONLINE', 'VERBAL']),
    })
    .superRefine((c, ctx) => {
      if (c.givenBy == null) {
        ctx.addIssue({
          code: 'custom',
          path: ['givenBy'],
          message: 'say who gave or refused consent: the student, a parent or carer, or the adult',
        });
      } else if (student && c.givenBy === 'SELF') {
        ctx.addIssue({
          code: 'custom',
          path: ['givenBy'],
          message: 'for a student use STUDENT or PARENT_CARER',
        });
      } else if (!student && c.givenBy !== 'SELF') {
        ctx.addIssue({
          code: 'custom',
          path: ['givenBy'],
          message: 'an adult gives their own consent (SELF)',
        });
      }
      if (c.givenBy === 'PARENT_CARER' && c.giverName == null) {
        ctx.addIssue({
          code: 'custom',
          path: ['giverName'],
          message: "give the parent or carer's name",
        });
      }
      if (c.givenBy !== 'PARENT_CARER' && c.giverName != null) {
        ctx.addIssue({
          code: 'custom',
          path: ['giverName'],
          message: 'only a parent or carer is named',
        });
      }
      if ((c.kind === 'DATA_PROCESSING') !== (c.noticeVersion != null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['noticeVersion'],
          message:
            c.kind === 'DATA_PROCESSING'
              ? 'say which privacy notice version this is about'
              : 'only data-processing consent has a notice version',
        });
      }
      if (c.givenAt && c.givenAt.getTime() > now.getTime() + 5 * 60_000) {
        ctx.addIssue({ code: 'custom', path: ['givenAt'], message: 'cannot be in the future' });
      }
    });
}

/**
 * What a person may record about their own consent without a member of staff: a refusal or a
 * withdrawal, online, as of now. Granting stays with the school (the coordinator, or a head or
 * champion of the person's partner), who hold the parent's or carer's form where one is needed;
 * saying no is always the person's own right.
 */
export type OwnDecision = 'REFUSED' | 'WITHDRAWN';

export function isOwnDecision(decision: unknown): decision is OwnDecision {
  return decision === 'REFUSED' || decision === 'WITHDRAWN';
}

/** Who a person is when they decide for themself: a student is STUDENT, an adult SELF. */
export function ownGiver(student: boolean): 'STUDENT' | 'SELF' {
  return student ? 'STUDENT' : 'SELF';
}

export interface OwnConsentIssue {
  field: 'givenBy' | 'method' | 'givenAt';
  message: string;
}

/**
 * Problems with a record a person enters for themself (the general consent rules are checked
 * too). Their decision takes effect when they make it: no backdating past a later form.
 */
export function ownConsentIssues(
  student: boolean,
  input: { givenBy?: unknown; method?: unknown; givenAt?: unknown },
): OwnConsentIssue[] {
  const issues: OwnConsentIssue[] = [];
  const giver = ownGiver(student);
  if (input.givenBy != null && input.givenBy !== giver) {
    issues.push({ field: 'givenBy', message: `you record your own decision: use ${giver}` });
  }
  if (input.method !== 'ONLINE') {
    issues.push({ field: 'method', message: 'a decision you record yourself is ONLINE' });
  }
  if (input.givenAt != null) {
    issues.push({ field: 'givenAt', message: 'your own decision takes effect now: leave it out' });
  }
  return issues;
}

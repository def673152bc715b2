import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import type { AccessLog, AccessLogRow } from './access-log';
import { accessLogFields, RequestAccessLog } from './access-log';
import { heldDataField } from './subject-access';

/** A sink that keeps what a request hands over (the batching itself is exercised end to end). */
function sink(): { log: AccessLog; rows: AccessLogRow[] } {
  const rows: AccessLogRow[] = [];
  return { log: { enqueue: (r: AccessLogRow[]) => rows.push(...r) } as unknown as AccessLog, rows };
}

const champion: Caller = {
  kind: 'person',
  subject: randomUUID(),
  roles: ['CHAMPION'],
  partnerId: randomUUID(),
};

describe('RequestAccessLog', () => {
  it('merges one request’s reads into one entry per kind and operation, naming everyone once', () => {
    const { log, rows } = sink();
    const request = new RequestAccessLog(log, champion);
    const students = [...Array(80)].map(() => randomUUID());
    for (const id of students) request.record('CONSENT', 'Person.consentState', [id]);
    request.record('CONSENT', 'Person.consentState', [students[0]]); // read twice
    request.record('REGISTRATIONS', 'Event.registrations', students);
    expect(rows).toEqual([]); // nothing before the response
    request.end();
    expect(rows).toHaveLength(2);
    const consent = rows.find((r) => r.dataKind === 'CONSENT')!;
    expect(consent).toMatchObject({
      viewerId: champion.subject,
      viewerKind: 'person',
      viewerRoles: ['CHAMPION'],
      operation: 'Person.consentState',
    });
    expect([...consent.subjectIds].sort()).toEqual([...students].sort());
  });

  it('leaves out the viewer’s own data and anything that is not a person id; no entry when nothing is left', () => {
    const { log, rows } = sink();
    const request = new RequestAccessLog(log, champion);
    request.record('CONSENT', 'Person.consentRecords', [champion.subject.toUpperCase()]);
    request.record('CONTACT', 'Person.email', ['not-a-person']);
    request.end();
    expect(rows).toEqual([]);
  });

  it('holds ids, roles, kind and operation only: no room for the data read', () => {
    const { log, rows } = sink();
    const request = new RequestAccessLog(log, champion);
    request.record('SAFEGUARDING', 'Person.safeguardingChecks', [randomUUID()]);
    request.end();
    expect(Object.keys(rows[0]).sort()).toEqual(
      [
        'at',
        'dataKind',
        'id',
        'operation',
        'subjectIds',
        'viewerId',
        'viewerKind',
        'viewerRoles',
      ].sort(),
    );
  });
});

describe('data rights field names', () => {
  it('one field per service on DataSubject', () => {
    expect(heldDataField('teacher-swap')).toBe('heldByTeacherSwap');
    expect(heldDataField('people')).toBe('heldByPeople');
    expect(accessLogFields('events')).toEqual({ of: 'eventsReadsOf', by: 'eventsReadsBy' });
  });
});

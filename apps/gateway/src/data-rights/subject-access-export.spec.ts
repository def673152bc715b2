import {
  renderSubjectAccessHtml,
  SUBJECT_ACCESS_QUERY,
  toSubjectAccessExport,
} from './subject-access-export';

const part = (service: string, table: string, records: Array<Record<string, string | null>>) => ({
  service,
  table,
  kind: `${table} kind`,
  purpose: 'why it is held',
  action: 'delete',
  retainDays: 30,
  retention: 'deleted 30 days after x',
  records: records.map((r) => ({
    fields: Object.entries(r).map(([name, value]) => ({ name, value })),
  })),
});

describe('subject access export', () => {
  it('gathers every service’s parts and counts the records', () => {
    const e = toSubjectAccessExport({
      personId: 'p1',
      requestedAt: '2026-12-01T00:00:00.000Z',
      personKnown: true,
      subject: {
        id: 'p1',
        heldByPeople: [part('people', 'person', [{ display_name: 'Amira' }])],
        heldByEvents: [
          part('events', 'registration', [{ status: 'ATTENDED' }, { status: 'REGISTERED' }]),
        ],
        heldByEvaluation: [part('evaluation', 'survey_response', [])],
      },
    });
    expect(e).toMatchObject({
      personKnown: true,
      nothingHeld: false,
      recordCount: 3,
      keptAfterErasure: 0,
    });
    expect(e.parts.map((p) => p.table)).toEqual(['person', 'registration', 'survey_response']);
  });

  it('an unknown person: nothing held, said plainly in the HTML', () => {
    const e = toSubjectAccessExport({
      personId: 'p2',
      requestedAt: '2026-12-01T00:00:00.000Z',
      personKnown: false,
      subject: { id: 'p2', heldByPeople: [part('people', 'person', [])] },
    });
    expect(e).toMatchObject({ nothingHeld: true, recordCount: 0 });
    expect(renderSubjectAccessHtml(e)).toContain('Nothing is held about this person');
  });

  it('an erased person still named in the access log and an outbox: nothing held, those records counted and shown', () => {
    const e = toSubjectAccessExport({
      personId: 'p4',
      requestedAt: '2026-12-01T00:00:00.000Z',
      personKnown: false,
      subject: {
        id: 'p4',
        heldByPeople: [
          part('people', 'person', []),
          part('people', 'access_log', [{ data_kind: 'SUBJECT_ACCESS' }, { data_kind: 'CONSENT' }]),
        ],
        heldByEvents: [
          part('events', 'access_log', [{ data_kind: 'REGISTRATIONS' }]),
          part('events', 'outbox', [{ type: 'RegistrationChanged' }]),
        ],
      },
    });
    expect(e).toMatchObject({ nothingHeld: true, recordCount: 4, keptAfterErasure: 4 });
    const html = renderSubjectAccessHtml(e);
    expect(html).toContain('Nothing is held about this person');
    expect(html).toContain('4 record(s) still name their id');
    expect(html).toContain('REGISTRATIONS');
  });

  it('a person with a profile is not "nothing held", whatever the log says', () => {
    const e = toSubjectAccessExport({
      personId: 'p5',
      requestedAt: '2026-12-01T00:00:00.000Z',
      personKnown: true,
      subject: {
        id: 'p5',
        heldByPeople: [
          part('people', 'person', [{ display_name: 'Amira' }]),
          part('people', 'access_log', [{ data_kind: 'CONSENT' }]),
        ],
      },
    });
    expect(e).toMatchObject({ nothingHeld: false, recordCount: 2, keptAfterErasure: 1 });
    expect(renderSubjectAccessHtml(e)).not.toContain('Nothing is held');
  });

  it('escapes what it shows: a held value cannot inject markup', () => {
    const e = toSubjectAccessExport({
      personId: 'p3',
      requestedAt: '2026-12-01T00:00:00.000Z',
      personKnown: true,
      subject: {
        id: 'p3',
        heldByPeople: [part('people', 'person', [{ display_name: '<script>x</script>' }])],
      },
    });
    const html = renderSubjectAccessHtml(e);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('asks every service for its part', () => {
    for (const f of [
      'heldByPeople',
      'heldByEvents',
      'heldByEvaluation',
      'heldByTeacherSwap',
      'heldByCommunications',
      'heldByPartnersGovernance',
    ])
      expect(SUBJECT_ACCESS_QUERY).toContain(f);
  });
});

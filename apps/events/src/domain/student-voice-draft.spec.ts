import { studentVoiceDraft } from './student-voice-draft';

const approved = {
  proposalId: '00000000-0000-4000-8000-000000000001',
  title: 'Bake-off for wellbeing week',
  kind: 'BAKE_OFF' as const,
  audience: 'STUDENTS' as const,
  aims: ['WELLBEING', 'COMMUNITY'],
  proposerIds: ['00000000-0000-4000-8000-000000000002'],
  partnerId: '00000000-0000-4000-8000-000000000003',
  meetingId: '00000000-0000-4000-8000-000000000004',
  decidedOn: '2026-03-04',
};

describe('the draft an approved Student Voice proposal becomes', () => {
  it('is hosted by the proposers’ school, eight weeks on, on a weekday, open to all year groups', () => {
    expect(studentVoiceDraft(approved)).toEqual({
      title: 'Bake-off for wellbeing week',
      kind: 'BAKE_OFF',
      audience: 'STUDENTS',
      yearGroups: [7, 8, 9, 10, 11, 12, 13],
      aims: ['WELLBEING', 'COMMUNITY'],
      hostPartnerId: approved.partnerId,
      startsOn: '2026-04-29',
      startsAtLocalTime: '09:00',
      endsAtLocalTime: '15:00',
      capacity: 60,
    });
  });

  it('moves a weekend date to the Monday after', () => {
    // 2026-03-07 + 56 days = Saturday 2026-05-02 → Monday 2026-05-04.
    expect(studentVoiceDraft({ ...approved, decidedOn: '2026-03-07' }).startsOn).toBe('2026-05-04');
  });

  it('has no year groups for teachers, and keeps only aims the event model knows', () => {
    const d = studentVoiceDraft({ ...approved, audience: 'TEACHERS', aims: ['NEW_AIM'] });
    expect(d.yearGroups).toEqual([]);
    expect(d.aims).toEqual(['COMMUNITY']);
  });
});

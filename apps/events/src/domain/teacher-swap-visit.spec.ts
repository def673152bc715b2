import { teacherSwapVisit } from './teacher-swap-visit';

describe('teacherSwapVisit', () => {
  it('spans the swap days as school days and names the subjects only', () => {
    expect(
      teacherSwapVisit({
        startsOn: '2026-03-02',
        endsOn: '2026-03-04',
        subjects: ['Maths', 'Physics'],
      }),
    ).toEqual({
      title: 'Teacher swap visit: Maths, Physics',
      startsOn: '2026-03-02',
      startsAtLocalTime: '08:30',
      endsOn: '2026-03-04',
      endsAtLocalTime: '16:00',
      aims: ['WIDENING_HORIZONS'],
      capacity: 1,
    });
  });

  it('keeps a long list of subjects within the 200-character title', () => {
    const { title } = teacherSwapVisit({
      startsOn: '2026-03-02',
      endsOn: '2026-03-02',
      subjects: Array.from({ length: 20 }, (_, i) => `Design and Technology ${i}`),
    });
    expect(title).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
  });
});

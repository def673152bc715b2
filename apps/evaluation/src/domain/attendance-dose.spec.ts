import { testCaller } from '@ekst/testing';
import { mayReadAttendanceDose } from './attendance-dose';

describe('who reads a person’s attendance dose', () => {
  const student = {
    id: '00000000-0000-4000-8000-0000000000d1',
    partnerId: '00000000-0000-4000-8000-0000000000e1',
  };
  it('the person, their school’s staff and the coordinator', () => {
    expect(mayReadAttendanceDose(testCaller(['STUDENT'], { subject: student.id }), student)).toBe(
      true,
    );
    expect(
      mayReadAttendanceDose(testCaller(['TEACHER'], { partnerId: student.partnerId }), student),
    ).toBe(true);
    expect(mayReadAttendanceDose(testCaller(['COORDINATOR']), student)).toBe(true);
  });
  it('nobody else: another student, another school’s head, finance', () => {
    expect(
      mayReadAttendanceDose(testCaller(['STUDENT'], { partnerId: student.partnerId }), student),
    ).toBe(false);
    expect(
      mayReadAttendanceDose(
        testCaller(['HEAD'], { partnerId: '00000000-0000-4000-8000-0000000000e2' }),
        student,
      ),
    ).toBe(false);
    expect(
      mayReadAttendanceDose(testCaller(['FINANCE'], { partnerId: student.partnerId }), student),
    ).toBe(false);
  });
});

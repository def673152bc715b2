import { randomUUID } from 'node:crypto';
import { SwapEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { academicYearOf } from '../domain/statistics';

/**
 * A teacher's reflection on a completed swap becomes evidence, once per teacher and swap (a
 * re-announcement inserts nothing). The academic year is that of the reflection's date, taken at
 * UK noon so no time zone moves it across a boundary.
 */
export const swapReflectedHandler = defineHandler(
  SwapEvents.reflected,
  async ({ manager: m, clock }, p) => {
    await m.query(
      `INSERT INTO swap_reflection
         (id, swap_id, teacher_id, partner_id, reflected_on, academic_year, aims, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (swap_id, teacher_id) DO NOTHING`,
      [
        randomUUID(),
        p.swapId,
        p.teacherId,
        p.partnerId,
        p.reflectedOn,
        academicYearOf(new Date(`${p.reflectedOn}T12:00:00Z`)),
        [...new Set(p.aims)],
        clock.now(),
      ],
    );
  },
);

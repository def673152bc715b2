import { SwapEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { academicYearOf } from '../domain/statistics';

/**
 * A completed swap is counted once (a re-announcement changes nothing). The teachers' ids are
 * turned into their schools here and not kept: evidence needs which schools took part, and
 * erasure then has nothing to find.
 */
export const swapCompletedHandler = defineHandler(
  SwapEvents.completed,
  async ({ manager: m, clock }, p) => {
    await m.query(
      `INSERT INTO swap_completion (swap_id, completed_on, academic_year, partner_ids, received_at)
       VALUES ($1, $2, $3,
               ARRAY(SELECT DISTINCT partner_id FROM person_projection
                      WHERE id = ANY($4::uuid[]) ORDER BY partner_id),
               $5)
       ON CONFLICT (swap_id) DO NOTHING`,
      [
        p.swapId,
        p.completedOn,
        academicYearOf(new Date(`${p.completedOn}T12:00:00Z`)),
        p.teacherIds,
        clock.now(),
      ],
    );
  },
);

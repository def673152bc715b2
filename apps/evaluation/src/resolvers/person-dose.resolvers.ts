import { forbidden, isUuid } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { mayReadAttendanceDose } from '../domain/attendance-dose';

/** Owned by people: evaluation only knows, and returns, its key. */
export interface PersonRef {
  id: string;
}

/** Issue 14: a person's dose through the graph (one query; read per person, not in lists). */
export const personDoseResolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => ({ id: ref.id }),
    attendanceDose: async (p, { academicYear }, ctx) => {
      const id = p.id.toLowerCase();
      const [person] = isUuid(id)
        ? ((await ctx.dataSource.query(`SELECT partner_id FROM person_projection WHERE id = $1`, [
            id,
          ])) as Array<{ partner_id: string }>)
        : [];
      if (!mayReadAttendanceDose(ctx.caller, { id, partnerId: person?.partner_id ?? null }))
        throw forbidden("Only the person, their school's staff and the coordinator see their dose");
      const [row] = (await ctx.dataSource.query(
        `SELECT count(*)::int AS n FROM attendance_dose
         WHERE person_id = $1 AND academic_year = $2 AND status = 'ATTENDED'`,
        [id, academicYear],
      )) as Array<{ n: number }>;
      return row.n;
    },
  },
};

import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * Erasure: the person's offers, requests, swaps and reflections, cluster memberships, and what
 * this service knew of them, go. A swap names both teachers, so it goes as a whole (the other teacher's reflection on
 * it too): what is left would still point at the erased person. The projection row is
 * deleted first: that waits for any createSwapOffer holding it FOR SHARE, so an offer committed
 * at the same moment is visible to, and removed by, the second statement.
 */
export const personErasedHandler = defineHandler(
  PeopleEvents.erased,
  async ({ manager }, payload) => {
    await manager.query(`DELETE FROM person_projection WHERE id = $1`, [payload.personId]);
    await manager.query(`DELETE FROM person_safeguarding WHERE person_id = $1`, [payload.personId]);
    await manager.query(
      `DELETE FROM swap_reflection WHERE swap_id IN
         (SELECT id FROM swap WHERE visiting_teacher_id = $1 OR host_teacher_id = $1)`,
      [payload.personId],
    );
    await manager.query(`DELETE FROM swap WHERE visiting_teacher_id = $1 OR host_teacher_id = $1`, [
      payload.personId,
    ]);
    await manager.query(`DELETE FROM swap_offer WHERE teacher_id = $1`, [payload.personId]);
    await manager.query(`DELETE FROM swap_request WHERE teacher_id = $1`, [payload.personId]);
    // Cluster resources are the cluster's: they stay, without who added them.
    await manager.query(`DELETE FROM subject_cluster_member WHERE person_id = $1`, [
      payload.personId,
    ]);
    await manager.query(`UPDATE cluster_resource SET added_by = NULL WHERE added_by = $1`, [
      payload.personId,
    ]);
  },
);

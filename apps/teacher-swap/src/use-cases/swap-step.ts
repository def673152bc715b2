import type { EntityManager } from 'typeorm';
import type { Caller } from '@ekst/auth';
import { isUuid, rejected, userError } from '@ekst/subgraph-kit';
import type { SwapState, SwapStep } from '../domain/swap-lifecycle';
import { SwapEntity } from '../entities/swap.entity';
import { SwapReflectionEntity } from '../entities/swap-reflection.entity';
import type { TeacherSwapResult } from './teacher-swap-use-case';

/*
 * What every swap lifecycle use case shares: load the swap locked FOR UPDATE (two heads approving
 * at once are serialised, so neither approval is lost), read its state for the pure state
 * machine, and turn a refused step into typed user errors.
 */

export async function lockSwap(m: EntityManager, id: string): Promise<SwapEntity | null> {
  if (!isUuid(id)) return null;
  return m
    .getRepository(SwapEntity)
    .createQueryBuilder('s')
    .where('s.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
}

export async function stateOf(m: EntityManager, swap: SwapEntity): Promise<SwapState> {
  const reflected = await m.getRepository(SwapReflectionEntity).findBy({ swapId: swap.id });
  return {
    status: swap.status,
    hostApproved: swap.hostApprovedAt !== null,
    visitingApproved: swap.visitingApprovedAt !== null,
    hostReflected: reflected.some((r) => r.teacherId === swap.hostTeacherId),
    visitingReflected: reflected.some((r) => r.teacherId === swap.visitingTeacherId),
  };
}

export function swapNotFound(): TeacherSwapResult<never> {
  return rejected(userError('NOT_FOUND', 'no such swap', 'id'));
}

export function stepRefused(step: Extract<SwapStep, { ok: false }>): TeacherSwapResult<never> {
  return rejected(userError(step.code, step.message, 'id'));
}

/** The caller's person id, lower-cased as ids are stored. */
export function personIdOf(caller: Caller): string | null {
  return caller.kind === 'person' ? caller.subject.toLowerCase() : null;
}

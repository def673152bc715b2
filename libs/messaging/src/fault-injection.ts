import { writeSync } from 'node:fs';
import type { ServiceLogger } from './logger';

/**
 * Test-only fault injection for the chaos suite (tools/chaos): the process kills itself with
 * SIGKILL at one exact point of the delivery path, deterministically, so the suite can prove what
 * happens there.
 *
 * - `relay-after-send`: the outbox relay's batch is on the broker (acknowledged) but its rows are
 *   not yet marked sent. After a restart they are sent again; the consumers' inbox absorbs them.
 * - `consumer-after-commit`: an inbound event's inbox transaction committed but its offset did
 *   not. After a restart it is delivered again; the inbox makes that a no-op.
 *
 * Set by `EKST_FAULT_INJECT` (subgraph-kit's config), which a service refuses without
 * `EKST_DEV_AUTH=1` (never in production). Unset (null) everywhere else: the checks are no-ops.
 */
export type FaultPoint = 'relay-after-send' | 'consumer-after-commit';

/** The variable that sets it; never in a deployment (compose and deploy/ do not list it). */
export const FAULT_INJECT_ENV = 'EKST_FAULT_INJECT';

export const FAULT_POINTS: readonly FaultPoint[] = ['relay-after-send', 'consumer-after-commit'];

/** Dies at `point` when it is the configured one: logs why (synchronously), then SIGKILLs itself. */
export function crashIfFaultPoint(
  configured: FaultPoint | null | undefined,
  point: FaultPoint,
  log: ServiceLogger,
  detail: Record<string, unknown> = {},
): void {
  if (!configured || configured !== point) return;
  const msg = `FAULT INJECTED: ${point}; killing the process`;
  log.error({ faultPoint: point, ...detail }, msg);
  // The service's logger writes asynchronously: its line is still queued when the SIGKILL lands,
  // and lost (the chaos suite's notes, which read the event ids from it, came out empty). The
  // same line, written synchronously to stderr, is in the process's log whatever happens next.
  try {
    writeSync(
      2,
      `${JSON.stringify({ level: 50, time: Date.now(), faultPoint: point, ...detail, msg })}\n`,
    );
  } catch {
    // stderr closed: nothing else to say it with
  }
  process.kill(process.pid, 'SIGKILL');
}

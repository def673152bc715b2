/**
 * What the benchmarks read from Linux's /proc about processes: CPU seconds, resident memory and
 * process trees. A process that has ended counts as nothing (it is read between samples).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU counters (USER_HZ, 100 on Linux). */
export const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) the processes have used so far. */
export function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // after the command name, which may contain spaces: fields 14 and 15 are utime and stime
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** kB from a /proc/<pid>/status line (e.g. VmRSS), 0 when the process is gone. */
export function statusField(pid: number, field: string): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of the processes together, in MiB. */
export function rssMiB(pids: readonly number[]): number {
  return pids.reduce((kib, pid) => kib + statusField(pid, 'VmRSS'), 0) / 1024;
}

/** The pid and all its descendants (children read from /proc/<pid>/task/<tid>/children). */
export function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${tree[i]}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const children = readFileSync(`/proc/${tree[i]}/task/${tid}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(/\s+/).map(Number));
      } catch {
        /* the task ended meanwhile */
      }
    }
  }
  return tree;
}

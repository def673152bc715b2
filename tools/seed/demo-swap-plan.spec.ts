import { DEMO_PARTNERS, SUBJECTS } from './demo-data';
import { planPeople } from './demo-plan';
import type { SeededPartner } from './demo-plan';
import { planSwaps, SWAP_LIFECYCLE } from './demo-swap-plan';

const partners: SeededPartner[] = DEMO_PARTNERS.map((p, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: p.name,
  kind: p.kind,
}));
const people = planPeople(partners).map((p) => ({ ...p, id: `person-${p.index}` }));
const sectorOf = (partnerId: string) =>
  partners.find((p) => p.id === partnerId)?.kind === 'INDEPENDENT' ? 'INDEPENDENT' : 'STATE';

describe('the demo swaps', () => {
  const { swaps, loneRequests } = planSwaps(partners, people);

  it('shows every lifecycle state and a withdrawal, each under its own label', () => {
    expect(swaps.map((s) => s.target).sort()).toEqual([...SWAP_LIFECYCLE, 'WITHDRAWN'].sort());
    expect(new Set([...swaps, ...loneRequests].map((s) => s.label)).size).toBe(
      swaps.length + loneRequests.length,
    );
  });

  it('pairs teachers across the sectors, each teacher once', () => {
    for (const s of swaps) {
      expect(sectorOf(s.visitor.partnerId)).not.toBe(sectorOf(s.host.partnerId));
      expect(s.visitor.roles).toContain('TEACHER');
      expect(s.host.roles).toContain('TEACHER');
    }
    const teachers = [
      ...swaps.flatMap((s) => [s.visitor, s.host]),
      ...loneRequests.map((r) => r.host),
    ];
    expect(new Set(teachers.map((t) => t.id)).size).toBe(teachers.length);
  });

  it('gives each pair a subject no other demo listing has, so the matching round can only pair them', () => {
    const subjects = [...swaps, ...loneRequests].map((s) => s.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
    for (const s of subjects) expect(SUBJECTS).not.toContain(s);
  });

  it('starts the swaps that get completed today: a swap cannot be completed before its first day', () => {
    expect(
      swaps
        .filter((s) => s.startsToday)
        .map((s) => s.target)
        .sort(),
    ).toEqual(['COMPLETED', 'REFLECTED']);
  });
});

import { changeByAimOption, doseResponseOption, reachByPartnerOption } from './index';

type Series = { type: string; data: unknown[] };
const seriesOf = (o: Record<string, unknown>) => o.series as Series[];

describe('chart options', () => {
  const bars = [
    { label: 'Wellbeing', value: 1.5, low: 0.9, high: 2.1 },
    { label: 'Raising aspirations', value: null, low: null, high: null },
  ];

  it('puts each mean in the bar series and its interval in the whisker series, in order', () => {
    const o = changeByAimOption(bars) as Record<string, unknown>;
    expect((o.xAxis as { data: string[] }).data).toEqual(['Wellbeing', 'Raising aspirations']);
    const [bar, whiskers] = seriesOf(o);
    expect(bar).toMatchObject({ type: 'bar', data: [1.5, null] });
    expect(whiskers).toMatchObject({
      type: 'custom',
      data: [
        [0, 0.9, 2.1],
        [1, null, null],
      ],
    });
    expect(o.animation).toBe(false);
  });

  it('rotates labels only when there are more than four bars', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...bars[0]!, label: `a${i}` }));
    const rotate = (o: object) =>
      (o as { xAxis: { axisLabel: { rotate: number } } }).xAxis.axisLabel.rotate;
    expect(rotate(doseResponseOption(bars))).toBe(0);
    expect(rotate(doseResponseOption(many))).toBe(30);
  });

  it('draws a suppressed reach count as a gap, never a zero', () => {
    const o = reachByPartnerOption([
      { label: 'Hartsdown Academy', reached: 120, reachedTwoPlus: 40 },
      { label: 'Kent College', reached: null, reachedTwoPlus: null },
    ]) as Record<string, unknown>;
    const [reached, twoPlus] = seriesOf(o);
    expect(reached!.data).toEqual([120, null]);
    expect(twoPlus!.data).toEqual([40, null]);
  });
});

import { maxWeightAssignment } from './max-weight-assignment';

const solve = (matrix: number[][]): number[] =>
  Array.from(
    maxWeightAssignment(Float64Array.from(matrix.flat()), matrix.length, matrix[0]?.length ?? 0),
  );

describe('maxWeightAssignment', () => {
  it('finds the optimum where greedy would not', () => {
    // Greedy takes 10 (row 0 → col 0) and is left with 1; the optimum is 9 + 9.
    expect(
      solve([
        [10, 9],
        [9, 1],
      ]),
    ).toEqual([1, 0]);
  });

  it('leaves a row unassigned rather than use a zero (not-a-pair) cell', () => {
    expect(
      solve([
        [5, 0],
        [4, 0],
      ]),
    ).toEqual([0, -1]);
  });

  it('handles more rows than columns and more columns than rows', () => {
    expect(solve([[1], [3], [2]])).toEqual([-1, 0, -1]);
    expect(solve([[1, 3, 2]])).toEqual([1]);
  });

  it('handles an empty side', () => {
    expect(solve([])).toEqual([]);
    expect(Array.from(maxWeightAssignment(new Float64Array(0), 2, 0))).toEqual([-1, -1]);
  });
});

import { candidate, requestCandidate } from './swap-candidate.fixture';
import { milesBetween } from './hard-rules';
import {
  DATE_OVERLAP_WEIGHT,
  DEFAULT_MATCH_WEIGHTS,
  SUBJECT_FIT_WEIGHT,
  WAITING_WEIGHT,
  scorePair,
} from './match-score';

const now = new Date('2027-03-01T09:00:00.000Z');
const offer = candidate(); // maths + physics, 1–31 March, 20 miles, waiting since 1 January
const request = requestCandidate(); // maths, 10 March – 10 April, 15 miles, waiting since 1 February
const miles = milesBetween(offer.location!, request.location!);

describe('scorePair', () => {
  it('weighs out of 100 by default', () => {
    const { subject, dates, distance, waiting } = DEFAULT_MATCH_WEIGHTS;
    expect(subject + dates + distance + waiting).toBe(100);
  });

  it('scores each part of the base pair', () => {
    const score = scorePair(offer, request, now);
    expect(score.subject).toBe(SUBJECT_FIT_WEIGHT / 2); // Jaccard {maths} / {maths, physics}
    expect(score.dates).toBe(DATE_OVERLAP_WEIGHT); // 22 days, capped at 10
    expect(score.distance).toBeCloseTo(20 * (1 - miles / 15), 3); // the tighter limit is 15
    expect(score.waiting).toBe((WAITING_WEIGHT * (59 / 90 + 28 / 90)) / 2); // 7.25
    expect(score.total).toBeCloseTo(
      score.subject + score.dates + score.distance + score.waiting,
      9,
    );
  });

  it('gives full subject fit to the same subject set, whatever the order', () => {
    const same = requestCandidate({ subjects: ['physics', 'maths'] });
    expect(scorePair(offer, same, now).subject).toBe(SUBJECT_FIT_WEIGHT);
  });

  it('scores date overlap by days up to the cap', () => {
    const fiveDays = requestCandidate({ availableFrom: '2027-03-27', availableTo: '2027-04-30' });
    expect(scorePair(offer, fiveDays, now).dates).toBe(DATE_OVERLAP_WEIGHT / 2);
  });

  it('prefers closer partners: full distance score at the same place, none at the limit', () => {
    const samePlace = requestCandidate({ location: offer.location });
    expect(scorePair(offer, samePlace, now).distance).toBe(20);
    const atLimit = requestCandidate({ maxTravelMiles: miles });
    expect(scorePair(offer, atLimit, now).distance).toBeCloseTo(0, 3);
  });

  it('prefers older listings, capped at 90 days and never negative', () => {
    const older = scorePair(offer, requestCandidate({ waitingSince: '2026-12-01T09:00:00Z' }), now);
    const newer = scorePair(offer, requestCandidate({ waitingSince: '2027-02-28T09:00:00Z' }), now);
    expect(older.waiting).toBeGreaterThan(newer.waiting);
    const ancient = '2020-01-01T00:00:00Z';
    const capped = scorePair(
      candidate({ waitingSince: ancient }),
      requestCandidate({ waitingSince: ancient }),
      now,
    );
    expect(capped.waiting).toBe(WAITING_WEIGHT);
    const future = '2027-06-01T00:00:00Z';
    expect(
      scorePair(
        candidate({ waitingSince: future }),
        requestCandidate({ waitingSince: future }),
        now,
      ).waiting,
    ).toBe(0);
  });

  it('counts a malformed listing timestamp as no wait', () => {
    const score = scorePair(candidate({ waitingSince: 'yesterday' }), request, now);
    expect(score.waiting).toBeCloseTo((WAITING_WEIGHT * (28 / 90)) / 2, 3);
    expect(Number.isFinite(score.total)).toBe(true);
  });

  it('takes partial weights over the defaults', () => {
    const score = scorePair(offer, request, now, { subject: 0, waiting: 100 });
    expect(score.subject).toBe(0);
    expect(score.waiting).toBeCloseTo(100 * (87 / 180), 3);
    expect(score.dates).toBe(DATE_OVERLAP_WEIGHT);
  });

  it('is symmetric in offer and request', () => {
    expect(scorePair(request, offer, now)).toEqual(scorePair(offer, request, now));
  });
});

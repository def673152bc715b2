import { candidate, requestCandidate } from './swap-candidate.fixture';
import {
  HARD_RULES,
  HARD_RULE_DESCRIPTIONS,
  hardRuleViolation,
  milesBetween,
  overlapDays,
} from './hard-rules';
import type { HardRule } from './hard-rules';
import type { SwapCandidate } from './swap-candidate';

const offer = candidate();
const request = requestCandidate();

describe('hardRuleViolation', () => {
  it('allows the base pair, either way round', () => {
    expect(hardRuleViolation(offer, request)).toBeNull();
    expect(hardRuleViolation(request, offer)).toBeNull();
  });

  const broken: ReadonlyArray<[HardRule, Partial<SwapCandidate>]> = [
    ['SAME_TEACHER', { teacherId: 'teacher-1' }],
    ['SAME_PARTNER', { partnerId: 'partner-state' }],
    ['SAME_SECTOR', { sector: 'STATE' }],
    ['PARTNER_INACTIVE', { partnerActive: false }],
    ['DIFFERENT_PHASE', { phase: 'KS5' }],
    ['NO_SHARED_SUBJECT', { subjects: ['art', 'music'] }],
    ['NO_DATE_OVERLAP', { availableFrom: '2027-04-01', availableTo: '2027-04-30' }],
    ['NO_DATE_OVERLAP', { availableFrom: '2027-01-01', availableTo: '2027-02-28' }],
    ['LOCATION_UNKNOWN', { location: null }],
    ['TOO_FAR', { location: { lat: 51.272, lng: 0.529 } }], // Maidstone, 24 miles from Canterbury
    ['TOO_FAR', { maxTravelMiles: 5 }],
  ];
  it.each(broken)('%s when the request has %j, whichever side it is on', (rule, change) => {
    const other = requestCandidate(change);
    expect(hardRuleViolation(offer, other)).toBe(rule);
    expect(hardRuleViolation(other, offer)).toBe(rule);
  });

  it('applies the offer side’s travel limit too', () => {
    expect(hardRuleViolation(candidate({ maxTravelMiles: 5 }), request)).toBe('TOO_FAR');
    expect(hardRuleViolation(candidate({ location: null }), request)).toBe('LOCATION_UNKNOWN');
    expect(hardRuleViolation(candidate({ partnerActive: false }), request)).toBe(
      'PARTNER_INACTIVE',
    );
  });

  it('reports the first broken rule in HARD_RULES order', () => {
    const everythingWrong = requestCandidate({
      partnerId: 'partner-state',
      sector: 'STATE',
      phase: 'KS3',
      location: null,
    });
    expect(hardRuleViolation(offer, everythingWrong)).toBe('SAME_PARTNER');
    expect(HARD_RULES.indexOf('SAME_PARTNER')).toBeLessThan(HARD_RULES.indexOf('SAME_SECTOR'));
  });

  it('counts a single shared day (inclusive ends) and exactly the travel limit as allowed', () => {
    const oneDay = requestCandidate({ availableFrom: '2027-03-31', availableTo: '2027-04-30' });
    expect(overlapDays(offer, oneDay)).toBe(1);
    expect(hardRuleViolation(offer, oneDay)).toBeNull();
    const miles = milesBetween(offer.location!, request.location!);
    expect(hardRuleViolation(offer, requestCandidate({ maxTravelMiles: miles }))).toBeNull();
    expect(hardRuleViolation(offer, requestCandidate({ maxTravelMiles: miles - 0.01 }))).toBe(
      'TOO_FAR',
    );
  });

  it('fails a malformed date or coordinate instead of letting it through', () => {
    expect(hardRuleViolation(offer, requestCandidate({ availableFrom: 'soon' }))).toBe(
      'NO_DATE_OVERLAP',
    );
    expect(hardRuleViolation(offer, requestCandidate({ location: { lat: NaN, lng: 1 } }))).toBe(
      'TOO_FAR',
    );
    expect(hardRuleViolation(offer, requestCandidate({ maxTravelMiles: NaN }))).toBe('TOO_FAR');
  });

  it('describes every rule', () => {
    for (const rule of HARD_RULES) expect(HARD_RULE_DESCRIPTIONS[rule]).toMatch(/\w/);
  });

  it('needs only one shared subject', () => {
    expect(hardRuleViolation(offer, requestCandidate({ subjects: ['art', 'physics'] }))).toBeNull();
  });
});

describe('milesBetween', () => {
  it('is zero for one place, symmetric, and about 69 miles per degree of latitude', () => {
    const a = { lat: 51, lng: 1 };
    const b = { lat: 52, lng: 1 };
    expect(milesBetween(a, a)).toBe(0);
    expect(milesBetween(a, b)).toBeCloseTo(69.09, 1);
    expect(milesBetween(b, a)).toBeCloseTo(milesBetween(a, b), 10);
  });

  it('puts Canterbury and Dover about 14.6 miles apart as the crow flies', () => {
    expect(milesBetween({ lat: 51.2802, lng: 1.0789 }, { lat: 51.1279, lng: 1.3134 })).toBeCloseTo(
      14.6,
      0,
    );
  });
});

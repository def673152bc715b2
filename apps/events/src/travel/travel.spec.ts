import { distanceKm, partnerToVenueKm, seatsShortfall, travelInputProblems } from './travel';

describe('distance from a partner to the venue (haversine)', () => {
  // Canterbury Cathedral and Dover Castle: about 23.6 km apart as the crow flies.
  const canterbury = { lat: 51.2798, lng: 1.0828 };
  const dover = { lat: 51.1295, lng: 1.3214 };

  it('is the great-circle distance in km', () => {
    expect(distanceKm(canterbury, dover)).toBeCloseTo(23.6, 1);
    // One degree of latitude is about 111.2 km anywhere.
    expect(distanceKm({ lat: 51, lng: 1 }, { lat: 52, lng: 1 })).toBeCloseTo(111.2, 1);
  });

  it('is zero for the same place and the same both ways', () => {
    expect(distanceKm(dover, dover)).toBe(0);
    expect(distanceKm(canterbury, dover)).toBeCloseTo(distanceKm(dover, canterbury), 9);
  });

  it('rounds to 0.1 km and is unknown when either place has no coordinates', () => {
    expect(partnerToVenueKm(canterbury, dover)).toBe(
      Math.round(distanceKm(canterbury, dover) * 10) / 10,
    );
    expect(partnerToVenueKm({ lat: null, lng: null }, dover)).toBeNull();
    expect(partnerToVenueKm(canterbury, null)).toBeNull();
  });
});

describe('travel input', () => {
  const event = { endsAt: new Date('2026-03-10T15:00:00Z') };
  const ok = {
    mode: 'COACH' as const,
    pickupAt: '2026-03-10T08:00:00Z',
    pickupPlace: 'School gate',
    seats: 40,
    costPence: 45000,
  };

  it('accepts a whole plan', () => {
    expect(travelInputProblems(ok, event)).toEqual([]);
  });

  it.each([
    [{ costPence: -1 }, 'costPence'],
    [{ costPence: 12.5 }, 'costPence'],
    [{ seats: 1.5 }, 'seats'],
    [{ seats: -2 }, 'seats'],
    [{ pickupPlace: '  ' }, 'pickupPlace'],
    [{ pickupAt: 'tomorrow' }, 'pickupAt'],
    [{ pickupAt: '2026-03-10T16:00:00Z' }, 'pickupAt'],
  ])('refuses %o', (change, field) => {
    expect(travelInputProblems({ ...ok, ...change }, event).map((p) => p.field)).toEqual([field]);
  });

  it('counts the seats missing for the registered students', () => {
    expect(seatsShortfall(30, 32)).toBe(2);
    expect(seatsShortfall(32, 32)).toBe(0);
    expect(seatsShortfall(40, 0)).toBe(0);
  });
});

/** One side of a possible swap: an open offer or an open request, flattened for the matcher. */
export interface SwapCandidate {
  /** The offer or request id. */
  id: string;
  teacherId: string;
  partnerId: string;
  sector: 'STATE' | 'INDEPENDENT';
  /** Normalised lower-case. */
  subjects: readonly string[];
  phase: 'PRIMARY' | 'KS3' | 'KS4' | 'KS5';
  /** ISO date, inclusive. */
  availableFrom: string;
  /** ISO date, inclusive. */
  availableTo: string;
  maxTravelMiles: number;
  /** The partner's coordinates; null (unknown) fails the distance rule. */
  location: { lat: number; lng: number } | null;
  partnerActive: boolean;
  /** ISO timestamp the listing was created. */
  waitingSince: string;
}

export interface MatchScore {
  subject: number;
  dates: number;
  distance: number;
  waiting: number;
  total: number;
}

export interface MatchExplanation {
  /** One sentence per hard rule the pair passed, in rule order. */
  rules: string[];
  score: MatchScore;
  distanceMiles: number;
  overlapDays: number;
}

export interface ProposedMatch {
  offerId: string;
  requestId: string;
  score: number;
  explanation: MatchExplanation;
  /** True when the coordinator pinned this pair (absent otherwise). */
  pinned?: boolean;
}

/**
 * Relative importance of the score parts; each part is its weight × a fraction in [0, 1]. Keep
 * them non-negative: a pair is worth proposing only if its score is at least zero.
 */
export interface MatchWeights {
  subject: number;
  dates: number;
  distance: number;
  waiting: number;
}

export interface PairRef {
  offerId: string;
  requestId: string;
}

export interface MatchOptions {
  now: Date;
  /** Pairs the coordinator fixed: kept when they pass the hard rules and are not excluded. */
  pinned?: ReadonlyArray<PairRef>;
  /** Pairs the coordinator ruled out: never proposed. */
  excluded?: ReadonlyArray<PairRef>;
  weights?: Partial<MatchWeights>;
}

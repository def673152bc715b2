export type {
  MatchExplanation,
  MatchOptions,
  MatchScore,
  MatchWeights,
  PairRef,
  ProposedMatch,
  SwapCandidate,
} from './swap-candidate';
export {
  HARD_RULES,
  HARD_RULE_DESCRIPTIONS,
  hardRuleViolation,
  milesBetween,
  overlapDays,
} from './hard-rules';
export type { HardRule } from './hard-rules';
export {
  DATE_OVERLAP_CAP_DAYS,
  DATE_OVERLAP_WEIGHT,
  DEFAULT_MATCH_WEIGHTS,
  DISTANCE_WEIGHT,
  SUBJECT_FIT_WEIGHT,
  WAITING_CAP_DAYS,
  WAITING_WEIGHT,
  scorePair,
} from './match-score';
export { greedyMatch, matchPool } from './match-pool';

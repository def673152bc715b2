export type { CiBar } from './ci-bar.option';
export {
  CHART_COLOURS,
  DOSE_RESPONSE_BANDS,
  changeByAimOption,
  ciBarOption,
  doseResponseOption,
} from './ci-bar.option';
export type { ReachBar } from './reach.option';
export { reachByPartnerOption } from './reach.option';

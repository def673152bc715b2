import type { ApiKeySettings } from '../../config';
import type { PartnersDeps } from '../partners-use-case';

/** The API key use cases also need the pepper and the last-used throttle (config.ts). */
export interface ApiKeyDeps extends PartnersDeps {
  readonly apiKeys: ApiKeySettings;
}

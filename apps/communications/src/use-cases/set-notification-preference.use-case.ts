import { done, rejected, signInFirst, userError } from '@ekst/subgraph-kit';
import type { Category, DeliveryMode } from '../domain/categories';
import { isMandatory, mayChooseMode } from '../domain/categories';
import type { CommunicationsDeps, CommunicationsResult } from './communications-use-case';
import { personIdOf } from './communications-use-case';

export interface PreferenceView {
  category: Category;
  mode: DeliveryMode;
  mandatory: boolean;
}

/** The caller's own choice for one category; a mandatory category cannot be turned off or held. */
export async function setNotificationPreference(
  deps: CommunicationsDeps,
  category: Category,
  mode: DeliveryMode,
): Promise<CommunicationsResult<PreferenceView>> {
  const self = personIdOf(deps.caller);
  if (!self) return signInFirst('Sign in to choose how you are told');
  if (!mayChooseMode(category, mode))
    return rejected(
      userError(
        'MANDATORY_CATEGORY',
        `${category} messages cannot be turned off or delayed`,
        'mode',
      ),
    );
  return deps.transaction(async ({ manager, clock }) => {
    await manager.query(
      `INSERT INTO notification_preference (person_id, category, mode, updated_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (person_id, category) DO UPDATE SET mode = EXCLUDED.mode, updated_at = EXCLUDED.updated_at`,
      [self, category, mode, clock.now()],
    );
    return done({ category, mode, mandatory: isMandatory(category) });
  });
}

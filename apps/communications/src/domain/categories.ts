/**
 * What a notification is about, and so which preference governs it. SAFEGUARDING and ACCOUNT
 * messages (a safeguarding review due, a password reset) cannot be turned off or delayed.
 */
export const CATEGORIES = [
  'WAITLIST',
  'EVENT_UPDATES',
  'EVENT_REMINDERS',
  'ANNOUNCEMENTS',
  'SURVEYS',
  'SAFEGUARDING',
  'ACCOUNT',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DELIVERY_MODES = ['IMMEDIATE', 'DAILY_DIGEST', 'IN_APP_ONLY'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

const MANDATORY: ReadonlySet<Category> = new Set<Category>(['SAFEGUARDING', 'ACCOUNT']);

export function isMandatory(category: Category): boolean {
  return MANDATORY.has(category);
}

/** What everyone gets until they choose otherwise: each message as it happens. */
export const DEFAULT_MODE: DeliveryMode = 'IMMEDIATE';

/**
 * Whether a preference may be saved: a mandatory category only ever IMMEDIATE (it cannot be
 * turned off, nor held back for a digest).
 */
export function mayChooseMode(category: Category, mode: DeliveryMode): boolean {
  return !isMandatory(category) || mode === 'IMMEDIATE';
}

/** The mode that applies: a mandatory category ignores any stored choice. */
export function effectiveMode(category: Category, stored: DeliveryMode | undefined): DeliveryMode {
  if (isMandatory(category)) return 'IMMEDIATE';
  return stored ?? DEFAULT_MODE;
}

/** One-click unsubscribe (RFC 8058) is offered only where the category can be turned off. */
export function allowsUnsubscribe(category: Category): boolean {
  return !isMandatory(category);
}

export interface Channels {
  inApp: boolean;
  /** null: no e-mail; otherwise whether to send now or hold it for the daily digest */
  email: null | 'NOW' | 'DIGEST';
}

/**
 * Where a message goes for one recipient. Everyone is told in the app; adults also by e-mail
 * unless they chose in-app only. Students hold no contact details, so never by e-mail.
 */
export function channelsFor(
  recipient: { isStudent: boolean },
  category: Category,
  stored: DeliveryMode | undefined,
): Channels {
  if (recipient.isStudent) return { inApp: true, email: null };
  switch (effectiveMode(category, stored)) {
    case 'IMMEDIATE':
      return { inApp: true, email: 'NOW' };
    case 'DAILY_DIGEST':
      return { inApp: true, email: 'DIGEST' };
    case 'IN_APP_ONLY':
      return { inApp: true, email: null };
  }
}

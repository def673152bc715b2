const dateTime = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

export const when = (iso: string) => dateTime.format(new Date(iso));

/** SCREAMING_SNAKE enum values as words: WIDENING_HORIZONS → Widening horizons. */
export const words = (value: string) =>
  value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Integer pence as pounds: 123456 → £1,234.56. */
export const money = (pence: number) => pounds.format(pence / 100);

/** Academic years start on 1 September: on 2026-03-01 the current one is 2025 (2025–26). */
export const currentAcademicYear = (now: Date) =>
  now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;

/** 2025 → "2025–26". */
export const academicYearLabel = (year: number) =>
  `${year}–${String((year + 1) % 100).padStart(2, '0')}`;

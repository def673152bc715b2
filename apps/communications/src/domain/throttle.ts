/**
 * Per-recipient throttling: at most `limit` e-mails to one person in any `windowMs`. Returns how
 * long to wait before the next may go (0: now). `sentAt` are the recipient's recent sends.
 */
export function throttleDelayMs(
  sentAt: readonly Date[],
  now: Date,
  limit: number,
  windowMs: number,
): number {
  const recent = sentAt
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - windowMs)
    .sort((a, b) => a - b);
  if (recent.length < limit) return 0;
  // The oldest send that keeps the window full must leave it first.
  const oldest = recent[recent.length - limit];
  return Math.max(1, oldest + windowMs - now.getTime());
}

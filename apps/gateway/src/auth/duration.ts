/**
 * Durations in the short form jose and our env vars use ("90s", "15m", "1h", "7d"). Parsed here
 * rather than handed to jose as strings so config errors surface at startup, and so the
 * dev-token tool can compare a token's lifetime with the gateway's maximum token age.
 */
const DURATION = /^(\d{1,6})\s*(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days)$/;

const SECONDS_PER_UNIT: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  m: 60,
  min: 60,
  mins: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
};

/** Seconds in a duration such as "1h"; null when the text is not a positive duration. */
export function parseDurationSeconds(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  const seconds = Number(match[1]) * SECONDS_PER_UNIT[match[2]];
  return seconds > 0 ? seconds : null;
}

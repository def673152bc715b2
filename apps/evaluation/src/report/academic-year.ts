/** 2000–2100, as every report's academicYear argument; null for anything else. */
export function parseAcademicYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}

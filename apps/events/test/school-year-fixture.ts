/** The academic year (September to August) a date falls in, as the schema's `academicYear` counts. */
export function academicYearOfDate(d: Date): number {
  return d.getUTCMonth() >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

// One formatter for the process: building an Intl.DateTimeFormat costs tens of microseconds, per request.
const NETHERLANDS_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's calendar date in the Netherlands (Europe/Amsterdam), `YYYY-MM-DD`: the default `asOf` of every read. */
export function todayInNetherlands(now: Date = new Date()): string {
  return NETHERLANDS_DATE.format(now);
}

/** `date` (`YYYY-MM-DD`) moved by whole years; 29 February becomes 28 February in a year that has none. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Whether a valid date lies more than a year before or after `today` (both `YYYY-MM-DD`, today in the Netherlands):
 * such a status needs a reason and its audit event is flagged `FAR_DATED`. A year to the day is not far.
 */
export function isFarDated(date: string, today: string): boolean {
  return date < addYears(today, -1) || date > addYears(today, 1);
}

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

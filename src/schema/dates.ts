/** Today's calendar date in the Netherlands (Europe/Amsterdam), `YYYY-MM-DD`: the default `asOf` of every read. */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Dutch formatting of the API's dates and instants (dates as `1 juni 2025`, never shifted by time zones). */

const DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const INSTANT = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});
const CLOCK = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

/**
 * A `Date` (YYYY-MM-DD) in Dutch, no more precise than it is known: `1 juni 2025`, `juni 2025` (MONTH) or `2025`
 * (YEAR). Empty for null.
 */
export function formatDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return "";
  const [y, m, d] = date.split("-").map(Number);
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (precision === "YEAR") return String(y);
  if (precision === "MONTH") return MONTH.format(utc);
  return DATE.format(utc);
}

/** A `DateTime` in Dutch, in Dutch time: `3 juli 2025 om 14:02`. */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return "";
  return INSTANT.format(new Date(instant));
}

/** Hours and minutes in Dutch time (`14:02`), for "bijgewerkt om". */
export function formatClock(at: Date): string {
  return CLOCK.format(at);
}

/** Today in the Netherlands as YYYY-MM-DD (the API's default `asOf`). */
export function todayInNetherlands(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** A `datetime-local` value (the browser's local time) as an ISO 8601 instant; undefined when empty. */
export function localToInstant(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** Yes / no / not recorded. */
export function formatBoolean(value: boolean | null | undefined): string {
  if (value === true) return "ja";
  if (value === false) return "nee";
  return "niet vastgelegd";
}

/**
 * The hint under a date field. The browser draws `<input type="date">` in the browser's own language, whatever the
 * page's `lang` (an English Chromium shows mm/dd/yyyy, a Dutch one dd-mm-jjjj), so the chosen date is repeated in Dutch
 * words, which cannot be misread: `Gekozen: 1 juni 2025`.
 */
export function dateHint(date: string | undefined): string {
  return date ? `Gekozen: ${formatDate(date)}` : "Nog geen datum gekozen (bijvoorbeeld 1 juni 2025).";
}

/** The same for a `datetime-local` field (the moment in Dutch time). */
export function instantHint(local: string | undefined): string | undefined {
  const instant = localToInstant(local);
  return instant ? `Gekozen: ${formatInstant(instant)} (Nederlandse tijd)` : undefined;
}

/** "1 provincie", "12 provincies". */
export function provinceCount(n: number): string {
  return `${n} ${n === 1 ? "provincie" : "provincies"}`;
}

/**
 * How a dated record relates to the date shown: " (aangekondigd)" when it starts after today (an announced change),
 * " (na de peildatum)" when it starts after the viewed date but is no longer in the future, else nothing.
 */
export function laterThan(validFrom: string, asOf: string): string {
  if (validFrom > todayInNetherlands()) return " (aangekondigd)";
  return validFrom > asOf ? " (na de peildatum)" : "";
}

/**
 * SQL for "now" on writes: the statement's clock (not the transaction start), to the millisecond like JavaScript.
 * Also the request's instant (db/data-version.ts), so that an answer and the writes it counts share one clock.
 */
export const WRITE_CLOCK = "date_trunc('milliseconds', clock_timestamp())";

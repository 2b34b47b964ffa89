import { GraphQLError, GraphQLScalarType } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

/**
 * `Date`: a calendar date `YYYY-MM-DD` without time zone (graphql-scalars' LocalDate under the contract's name).
 * Values stay strings end to end (the pg driver is told not to turn `date` columns into JavaScript Dates), so a
 * date never shifts with the process time zone.
 */
const localDate = LocalDateResolver.toConfig();
/** graphql-scalars names its own type in messages ("not a valid LocalDate"); clients know the type as `Date`. */
const asDate =
  <A extends unknown[], R>(parse: (...args: A) => R) =>
  (...args: A): R => {
    let value: R;
    try {
      value = parse(...args);
    } catch (error) {
      const message = error instanceof Error ? error.message.replace(/LocalDate/g, "Date (YYYY-MM-DD)") : String(error);
      throw new GraphQLError(message);
    }
    // ISO 8601 allows year 0000; the calendar the register (and PostgreSQL) keeps has no year 0.
    if (typeof value === "string" && value.startsWith("0000-"))
      throw new GraphQLError(
        `Date (YYYY-MM-DD) cannot represent "${value}": there is no year 0000 (the first is 0001).`,
      );
    return value;
  };
const serializedDates = new Map<string, string>();

export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: "Date",
  // LocalDate's own check, once per distinct string: a big comparison serialises the same few thousand dates over
  // and over (profiled: 2-3% of a 420-body matrix). Non-strings and invalid values take the unmemoised path.
  serialize(value: unknown) {
    if (typeof value !== "string") return localDate.serialize(value);
    let serialized = serializedDates.get(value);
    if (serialized === undefined) {
      serialized = localDate.serialize(value) as string;
      if (serializedDates.size >= 50_000) serializedDates.clear();
      serializedDates.set(value, serialized);
    }
    return serialized;
  },
  description: "A calendar date in ISO 8601 form `YYYY-MM-DD`, without time zone (e.g. `2025-06-01`).",
  parseValue: asDate(localDate.parseValue!),
  parseLiteral: asDate(localDate.parseLiteral!),
});

/** `DateTime`: an instant, ISO 8601 with offset (graphql-scalars' DateTime); serialised in UTC (`Z`). */
export const DateTimeScalar = DateTimeResolver;

import { GraphQLScalarType } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

/**
 * `Date`: a calendar date `YYYY-MM-DD` without time zone (graphql-scalars' LocalDate under the contract's name).
 * Values stay strings end to end (the pg driver is told not to turn `date` columns into JavaScript Dates), so a
 * date never shifts with the process time zone.
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: "Date",
  description: "A calendar date in ISO 8601 form `YYYY-MM-DD`, without time zone (e.g. `2025-06-01`).",
});

/** `DateTime`: an instant, ISO 8601 with offset (graphql-scalars' DateTime); serialised in UTC (`Z`). */
export const DateTimeScalar = DateTimeResolver;

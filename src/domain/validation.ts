import {
  ValidateBy,
  buildMessage,
  validate,
  type IsUrl,
  type ValidationError,
  type ValidationOptions,
} from "class-validator";
import { ErrorCode, UserErrors, type UserErrorData } from "../errors/error-codes";
import { todayInNetherlands } from "./dates";
import { DatePrecision } from "./enums";
import { normaliseInput } from "./text";

/**
 * Validation of mutation inputs (class-validator decorators on the @InputType classes). type-graphql's own argument
 * validation is switched off for `input` arguments (`validate: false`): the services call `validateInput`, which turns
 * every failed constraint into a `userErrors` entry with code INVALID and the path into the input, e.g.
 * `["input", "accounts", "0", "url"]`. So an invalid write is an ordinary payload, never a top-level error.
 */

/** Earliest calendar date any input accepts. */
export const MIN_DATE = "1990-01-01";
/** Latest calendar date: today (Netherlands) + 5 years, so announced changes fit but typos like 2205 do not. */
export function maxDate(): string {
  const today = todayInNetherlands();
  return `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`.replace(/-02-29$/, "-02-28");
}

/** A `Date` input (already a real `YYYY-MM-DD` calendar date, checked by the scalar) within MIN_DATE..maxDate(), or ..today. */
export function IsDateInRange(
  options: { notAfterToday?: boolean } = {},
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: "isDateInRange",
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== "string") return false;
          const max = options.notAfterToday ? todayInNetherlands() : maxDate();
          return value >= MIN_DATE && value <= max;
        },
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must lie between ${MIN_DATE} and ${options.notAfterToday ? "today" : "today + 5 years"}`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

/** Text that is not only whitespace. */
export function IsNotBlank(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isNotBlank",
      validator: {
        // Not blank, and no NUL (PostgreSQL text can not hold it): the field is named in userErrors, nothing is written.
        validate: (value: unknown) => typeof value === "string" && value.trim().length > 0 && !value.includes("\u0000"),
        defaultMessage: buildMessage(
          (each) => `${each}$property must not be empty, blank or contain a NUL character`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

/** Options for URLs: http or https only, with the scheme, a real host name. */
export const HTTP_URL: Parameters<typeof IsUrl>[0] = {
  protocols: ["http", "https"],
  require_protocol: true,
  require_valid_protocol: true,
};

/**
 * Normalises an input object's text (NFC, trimmed; invisible and bidirectional control characters refused: see
 * ./text.ts) and validates it; throws UserErrors (INVALID, one per failed field) when anything fails. Every write
 * calls this once, through the write frame, so no field is left out.
 */
export async function validateInput(input: object, argumentName = "input"): Promise<void> {
  normaliseInput(input, argumentName);
  const errors = await validate(input, {
    forbidUnknownValues: false,
    skipMissingProperties: false,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) throw new UserErrors(flatten(errors, [argumentName]));
}

function flatten(errors: ValidationError[], path: string[]): UserErrorData[] {
  return errors.flatMap((error) => {
    const field = [...path, error.property];
    const own: UserErrorData[] = Object.values(error.constraints ?? {}).length
      ? [{ field, code: ErrorCode.INVALID, message: Object.values(error.constraints ?? {}).join("; ") }]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * A date known only to the month or year is stored as the first day of that period (docs/design.md §2.2): with the
 * sibling precision property MONTH the date must be the 1st of a month, with YEAR 1 January.
 */
export function IsStartOfPeriod(precisionProperty: string, validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isStartOfPeriod",
      validator: {
        validate: (value: unknown, args) => {
          const precision = (args?.object as Record<string, unknown>)[precisionProperty];
          if (typeof value !== "string") return true;
          if (precision === DatePrecision.MONTH) return value.endsWith("-01");
          if (precision === DatePrecision.YEAR) return value.endsWith("-01-01");
          return true;
        },
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be the first day of its month (precision MONTH) or 1 January (precision YEAR)`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

import { ErrorCode, UserErrors, type UserErrorData } from "../errors/error-codes";

/**
 * One spelling of each text (issue 10): every string of a write's input is stored in Unicode NFC and trimmed, so
 * `Fryslân` typed with a combining circumflex (U+0061 U+0302) and with the precomposed â (U+00E2) are the same text,
 * and `Transparantie ` is `Transparantie`. Characters that cannot be seen but change what a text is or how it is shown
 * are refused, naming the field, never silently removed: the format characters (Unicode category Cf: zero-width
 * space, joiners and non-joiners, word joiner, soft hyphen, byte order mark, the bidirectional marks, embeddings,
 * overrides and isolates LRE RLE PDF LRO RLO LRI RLI FSI PDI), the control characters other than tab, line feed and
 * carriage return (Cc), and the line and paragraph separators. A right-to-left override in an account handle makes
 * `@provincie‮tcerttU` display as something else; a zero-width space makes two equal-looking handles different.
 */
const INVISIBLE = /[\p{Cf}\u2028\u2029]|(?![\t\n\r])\p{Cc}/u;

/** The text as stored: NFC, without surrounding whitespace. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").trim();
}

/** The first invisible or bidirectional control character of the text, as `U+202E`; null when there is none. */
export function invisibleCharacter(text: string): string | null {
  const match = INVISIBLE.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : null;
}

/**
 * Normalises every string in a write's input in place (objects and arrays at any depth: `accounts[].handle`,
 * `disciplines[]`), before validation, so every rule and every lookup sees the stored spelling. Throws UserErrors
 * (INVALID, one per field, with the path from the argument) when a string holds an invisible or bidirectional
 * control character; nothing is written then.
 */
export function normaliseInput(input: object, argumentName = "input"): void {
  const errors: UserErrorData[] = [];
  const visit = (holder: Record<string | number, unknown>, key: string | number, path: string[]) => {
    const value = holder[key];
    if (typeof value === "string") {
      const found = invisibleCharacter(value);
      if (found)
        errors.push({
          field: path,
          code: ErrorCode.INVALID,
          message: `${fieldName(path)} must not contain invisible or bidirectional control characters (found ${found}).`,
        });
      else holder[key] = normaliseText(value);
    } else if (Array.isArray(value)) {
      value.forEach((_, i) => visit(value as unknown as Record<number, unknown>, i, [...path, String(i)]));
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const k of Object.keys(value)) visit(value as Record<string, unknown>, k, [...path, k]);
    }
  };
  for (const k of Object.keys(input)) visit(input as Record<string, unknown>, k, [argumentName, k]);
  if (errors.length > 0) throw new UserErrors(errors);
}

/** The name of the field a path ends in (`handle` for `["input", "accounts", "0", "handle"]`, `disciplines` for `[…, "disciplines", "1"]`). */
function fieldName(path: string[]): string {
  return [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? path[path.length - 1];
}

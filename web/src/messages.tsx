import type { CombinedError } from "@urql/core";
import { formatDate } from "./format";

/**
 * The one place where the API's messages become Dutch. The API answers in English (`userErrors { field message
 * errorCode }` and top-level errors with `extensions.code`, see docs/writes.md); the dashboard shows a Dutch message
 * chosen by error code, field and the API's wording, and keeps the API's own message as a "Technische melding"
 * (`lang="en"`), so nothing is lost when a message has no Dutch rule yet.
 */

/** One problem as the API reports it: a `userErrors` entry, or a top-level error turned into one (field `["input"]`). */
export interface ApiError {
  field: string[];
  message: string;
  errorCode: string;
}

/** The input field an error names (`["input", "provenance", "sourceSlug"]` → `sourceSlug`: its last name, not an index). */
function fieldName(error: ApiError): string {
  return [...error.field].reverse().find((part) => !/^\d+$/.test(part)) ?? "";
}

const date = (iso: string) => formatDate(iso) || iso;

/** Rules on the API's wording (first match wins). The API's messages are stable English sentences (src/services, src/domain). */
const BY_WORDING: Array<[RegExp, (m: RegExpMatchArray, field: string) => string]> = [
  [
    /must not be empty, blank|should not be empty|^Variable "\$input" got invalid value "" at/,
    () => "Dit veld is verplicht.",
  ],
  [
    /^Variable "\$input" got invalid value .*Date \(YYYY-MM-DD\)/,
    () => "Vul een bestaande datum in (dag, maand, jaar).",
  ],
  [
    /lies more than a year before or after today .*needs a `reason`/,
    () => "Deze datum ligt meer dan een jaar voor of na vandaag: geef een reden op waarom de datum klopt.",
  ],
  [
    /must lie between (\d{4}-\d\d-\d\d) and today \+ 5 years/,
    (m) => `Kies een datum tussen ${date(m[1])} en vijf jaar na vandaag.`,
  ],
  [/must lie between (\d{4}-\d\d-\d\d) and today/, (m) => `Kies een datum tussen ${date(m[1])} en vandaag.`],
  [
    /must be the first day of its month/,
    () => "Bij de precisie ‘maand’ moet dit de eerste dag van de maand zijn, bij ‘jaar’ 1 januari.",
  ],
  [/must be an http or https URL/, () => "Geef een volledig webadres dat begint met http:// of https://."],
  [/must be shorter than or equal to (\d+) characters/, (m) => `Dit is te lang: hoogstens ${m[1]} tekens.`],
  [/must be a CBS code/, () => "Onbekende provincie: gebruik een provinciecode zoals PV26."],
  [
    /must be (?:a key or name of letters|lower-case letters), digits and dashes/,
    (m, field) =>
      /(?:Slug|Code)$/.test(field)
        ? "Maak een keuze."
        : /lower-case/.test(m.input ?? "")
          ? "Gebruik alleen kleine letters, cijfers en streepjes (hoogstens 80 tekens)."
          : "Gebruik alleen letters, cijfers en streepjes (hoogstens 80 tekens).",
  ],
  [/invisible or bidirectional control characters/, () => "Deze tekst bevat onzichtbare tekens; verwijder ze."],
  [/must contain no more than (\d+) elements/, (m) => `Te veel gekozen: hoogstens ${m[1]}.`],
  [/must contain at least (\d+) elements/, (m) => `Kies er ten minste ${m[1]}.`],
  [/elements must be unique|Names a province already named/, () => "Elke keuze mag maar één keer voorkomen."],
  [/must be one of the following values/, () => "Kies een van de aangeboden waarden."],
  [
    /Say where the fact comes from/,
    () => "Geef aan waar dit feit vandaan komt: een bestaande bron, een nieuwe bron of een eigen verklaring.",
  ],
  [/Give the source in `provenance` only/, () => "Geef de bron alleen bij ‘Bron’ op."],
  [/An own statement needs an API client/, () => "Een eigen verklaring kan alleen wie met een token is aangemeld."],
  [/Another source has the slug/, () => "Er bestaat al een bron met deze naam en datum: kies die als bestaande bron."],
  [/No source with slug/, () => "Onbekende bron."],
  [
    /Another snapshot was recorded after the one you expected/,
    () => "Iemand anders heeft intussen een nieuwere status vastgelegd.",
  ],
  [/is not a snapshot of/, () => "Deze status hoort niet bij deze provincie en dit platform."],
  [
    /has no presence on .*record a status first/,
    () => "De provincie is niet aanwezig op dit platform: leg eerst een status vast.",
  ],
  [/only a DRAFT's ratings can be changed/, () => "Alleen een concept-beoordeling kan nog worden gewaardeerd."],
  [/The assessment is \w+; only a \w+ one can be/, () => "Deze stap kan niet bij de huidige staat van de beoordeling."],
  [
    /Rates the same value and platform as/,
    () => "Deze waarde en dit platform zijn al gewaardeerd in deze beoordeling.",
  ],
  [/handles must differ/, () => "Twee accounts hebben dezelfde accountnaam; elke accountnaam mag één keer voorkomen."],
  [/Another value has this name|already has this name/, () => "Er bestaat al een waarde met deze naam."],
  [
    /reviewedOn must not be before the criterion's adoptedOn \((\S+)\)/,
    (m) => `Een toetsing kan niet liggen vóór de vaststelling van het criterium (${date(m[1])}).`,
  ],
  [
    /The criterion is retired from (\S+); only reviews/,
    (m) => `Het criterium is ingetrokken per ${date(m[1])}; alleen toetsingen van daarvoor kunnen worden vastgelegd.`,
  ],
  [
    /retiredOn must be after the criterion's adoptedOn \((\S+)\)/,
    (m) => `De intrekking moet liggen na de vaststelling van het criterium (${date(m[1])}).`,
  ],
  [/The criterion is already retired \(from (\S+),/, (m) => `Dit criterium is al ingetrokken per ${date(m[1])}.`],
  [/The advice is \w+; it can move to/, () => "Het advies kan vanuit zijn huidige status niet naar deze status."],
  [/on is required for/, () => "Voor deze stap is een datum verplicht."],
  [
    /Give `dsaDesignation` and `dsaDesignatedOn` together/,
    () => "Vul de DSA-aanwijzing en de datum ervan samen in, of geen van beide.",
  ],
  [
    /An object with this key already exists/,
    () => "Dit bestaat al: een andere wijziging was net eerder. Laad de pagina opnieuw.",
  ],
];

/** NOT_FOUND by the field it names. */
const NOT_FOUND_BY_FIELD: Record<string, string> = {
  provinceCode: "Onbekende provincie.",
  provinceCodes: "Onbekende provincie.",
  platformSlug: "Onbekend platform.",
  sourceSlug: "Onbekende bron.",
  frameworkSlug: "Onbekend kader.",
  valueSlug: "Onbekende waarde.",
  protectedValueSlug: "Onbekende waarde.",
  assessmentId: "Onbekende beoordeling.",
  criterionId: "Onbekend criterium.",
  apiClientId: "Onbekende client.",
};

/** Top-level errors (`extensions.code`, or the HTTP status when the request was refused before GraphQL ran). */
const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: "U bent niet aangemeld of uw token is ingetrokken. Meld u (opnieuw) aan met een geldig token.",
  FORBIDDEN: "U mag dit niet: uw rol of provincie staat deze wijziging niet toe.",
  INVALID: "Deze invoer is niet geldig.",
  NOT_FOUND: "Dit is niet gevonden.",
  CONFLICT:
    "Dit botst met een andere wijziging of met de huidige stand. Laad de pagina opnieuw en probeer het nog eens.",
  BAD_USER_INPUT: "De gevraagde gegevens zijn niet geldig.",
  BUSY: "De dienst is even te druk. Probeer het over enkele ogenblikken opnieuw.",
  SERVICE_UNAVAILABLE: "De database is nu niet bereikbaar. Probeer het later opnieuw.",
  RATE_LIMITED: "U hebt in korte tijd te veel verzoeken gedaan. Wacht even en probeer het opnieuw.",
  STORAGE_FULL: "De opslag is vol: er kan nu niets worden vastgelegd. Probeer het later opnieuw.",
  TIMEOUT: "Dit duurde te lang. Probeer het opnieuw.",
  PAYLOAD_TOO_LARGE: "De invoer is te groot.",
  BAD_REQUEST: "Het verzoek is niet geldig. Laad de pagina opnieuw (de dienst is misschien bijgewerkt).",
  GRAPHQL_PARSE_FAILED: "Het verzoek is niet geldig. Laad de pagina opnieuw (de dienst is misschien bijgewerkt).",
  GRAPHQL_VALIDATION_FAILED: "Het verzoek is niet geldig. Laad de pagina opnieuw (de dienst is misschien bijgewerkt).",
  INTERNAL_SERVER_ERROR: "Er ging iets mis in de dienst. Probeer het later opnieuw.",
  NETWORK: "De dienst is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.",
};
const UNKNOWN = "Dit lukte niet. Probeer het opnieuw.";

/** Shown in the header when the API refused the dashboard's token (unknown, invalid or revoked) and it was forgotten. */
export const SIGNED_OUT_REFUSED = "U bent afgemeld: uw token is ongeldig of ingetrokken. Meld u opnieuw aan.";

/** Lists whose items a form shows as lines: a message about one item says which (`["input", "accounts", "1", "url"]`). */
const LIST_ITEM: Record<string, string> = { accounts: "Account", ratings: "Waardering" };

/** The Dutch message for one API error. */
export function dutchMessage(error: ApiError): string {
  const index = error.field.findIndex((part, i) => i > 0 && /^\d+$/.test(part) && LIST_ITEM[error.field[i - 1]]);
  const item = index > 0 ? `${LIST_ITEM[error.field[index - 1]]} ${Number(error.field[index]) + 1}: ` : "";
  return item + messageOf(error);
}

function messageOf(error: ApiError): string {
  for (const [pattern, text] of BY_WORDING) {
    const match = error.message.match(pattern);
    if (match) return text(match, fieldName(error));
  }
  if (error.errorCode === "NOT_FOUND") return NOT_FOUND_BY_FIELD[fieldName(error)] ?? BY_CODE.NOT_FOUND;
  return BY_CODE[error.errorCode] ?? UNKNOWN;
}

const CODE_BY_HTTP_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  413: "PAYLOAD_TOO_LARGE",
  429: "RATE_LIMITED",
  503: "SERVICE_UNAVAILABLE",
  504: "TIMEOUT",
};

/** A urql error (a refused request or top-level GraphQL errors) as one ApiError on the input as a whole. */
export function fromCombinedError(error: CombinedError): ApiError {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = first.extensions?.code;
    // A value the API could not even read (e.g. an emptied date field): graphql-js names where, as
    // `Variable "$input" got invalid value "" at "input.validFrom"`; shown at that field.
    const at = /^Variable "\$input" got invalid value .* at "input\.([\w.]+)"/.exec(first.message);
    return {
      field: at ? ["input", ...at[1].split(".")] : ["input"],
      message: first.message,
      errorCode: typeof code === "string" ? code : "INTERNAL_SERVER_ERROR",
    };
  }
  const status = (error.response as { status?: number } | undefined)?.status;
  return {
    field: ["input"],
    message: error.networkError?.message ?? error.message,
    errorCode:
      (status && CODE_BY_HTTP_STATUS[status]) || (status && status >= 500 ? "INTERNAL_SERVER_ERROR" : "NETWORK"),
  };
}

/**
 * An error as the user sees it: the Dutch message (the element that `aria-describedby` points to), then the API's own
 * message folded away under "Technische melding" in English.
 */
export function ErrorMessage(props: { error: ApiError; id?: string; testId?: string; alert?: boolean }) {
  return (
    <div className="dash-error">
      <p
        className="utrecht-form-field-error-message"
        id={props.id}
        data-testid={props.testId}
        role={props.alert ? "alert" : undefined}
      >
        {dutchMessage(props.error)}
      </p>
      <details className="dash-error-detail">
        <summary>Technische melding</summary>
        <p className="utrecht-paragraph" lang="en">
          {props.error.errorCode}: {props.error.message}
        </p>
      </details>
    </div>
  );
}

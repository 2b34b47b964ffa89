import { useState, type FormEvent, type ReactNode } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import type { CombinedError } from "@urql/core";
import type { ProvenanceInput } from "../gql/graphql";
import type { AppState } from "../app-context";
import { dateHint } from "../format";
import { ErrorMessage, fromCombinedError, type ApiError } from "../messages";

export type FieldError = ApiError;

/**
 * The selection every mutation makes of its payload's `userErrors`, defined once and spread (`...UserErrorFields`) in
 * each mutation document of the dashboard. The codegen finds it by name and adds it to each document; fragment masking
 * is off (codegen.ts), so the payload's `userErrors` are typed and read as plain fields.
 */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    errorCode
  }
`);

/** The `userErrors` entry for one input field (`["input", "validFrom"]` → `validFrom`), shown in Dutch by ErrorMessage. */
export function errorFor(errors: FieldError[], name: string): FieldError | undefined {
  return errors.find((e) => e.field[1] === name);
}

/** A refused request or a top-level GraphQL error, as the one error of the form (shown above its fields). */
export function requestError(error: CombinedError | undefined): FieldError[] {
  return [
    error ? fromCombinedError(error) : { field: ["input"], message: "No payload.", errorCode: "INTERNAL_SERVER_ERROR" },
  ];
}

/** Messages that name no field of the form (the input as a whole, or a field the form does not show). */
export function otherErrors(errors: FieldError[], shown: string[]): FieldError[] {
  return errors.filter((e) => !e.field[1] || !shown.includes(e.field[1]));
}

/**
 * One labelled form field with its validation message (in Dutch) next to it (`aria-describedby`, `aria-invalid`),
 * and optionally a hint below the control (`hint`, also in `aria-describedby`).
 */
export function Field(props: {
  id: string;
  label: string;
  error?: FieldError;
  hint?: ReactNode;
  children: (a11y: A11y) => ReactNode;
}) {
  const errorId = `${props.id}-error`;
  const hintId = `${props.id}-hint`;
  const describedBy = [props.error ? errorId : "", props.hint ? hintId : ""].filter(Boolean).join(" ");
  return (
    <div className={`utrecht-form-field${props.error ? " utrecht-form-field--invalid" : ""}`}>
      <label className="utrecht-form-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.error && <ErrorMessage error={props.error} id={errorId} testId={`${props.id}-error`} />}
      {props.children({
        id: props.id,
        "aria-invalid": props.error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {props.hint && (
        <p className="utrecht-form-field-description" id={hintId} data-testid={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

type Payload = { userErrors: FieldError[] } | null | undefined;

/** Runs a mutation and turns its answer into field errors (a GraphQL error becomes one error on the whole input). */
export function useWrite() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function run(
    send: () => Promise<{ payload: Payload; error?: CombinedError }>,
    success: string,
    onSaved: () => void,
  ) {
    setBusy(true);
    setDone(undefined);
    const { payload, error } = await send();
    setBusy(false);
    if (error || !payload) {
      setErrors(requestError(error));
      return false;
    }
    setErrors(payload.userErrors);
    if (payload.userErrors.length === 0) {
      setDone(success);
      onSaved();
      return true;
    }
    return false;
  }
  return { errors, done, busy, run };
}

export function FormShell(props: {
  title: string;
  id: string;
  errors: FieldError[];
  shown: string[];
  done?: string;
  busy: boolean;
  submit: string;
  onSubmit(): void;
  children: ReactNode;
}) {
  return (
    <details className="dash-edit">
      <summary className="utrecht-link">{props.title}</summary>
      <form
        className="dash-form"
        noValidate
        aria-label={props.title}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        {otherErrors(props.errors, props.shown).map((e, i) => (
          <ErrorMessage key={i} error={e} alert />
        ))}
        {props.children}
        <p>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={props.busy}>
            {props.submit}
          </button>
        </p>
        {props.done && (
          <p className="utrecht-paragraph" role="status">
            {props.done}
          </p>
        )}
      </form>
    </details>
  );
}

/** A labelled textarea with its validation message. */
export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  error?: FieldError;
  onChange(value: string): void;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(a11y) => (
        <textarea
          {...a11y}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** One choice of a SelectField: the value sent to the API and its Dutch text. */
export interface SelectOption {
  value: string;
  label: string;
}

/** The options of an API enum's values, each with its Dutch label (`useApp().label`). */
export function enumOptions(label: AppState["label"], enumName: string, values: readonly string[]): SelectOption[] {
  return values.map((value) => ({ value, label: label(enumName, value) }));
}

/**
 * A labelled select with its validation message: `placeholder`, when given, is a first option with the empty value
 * (e.g. "— kies een kader —", "niet vastgelegd").
 */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  placeholder?: string;
  error?: FieldError;
  onChange(value: string): void;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(a11y) => (
        <select
          {...a11y}
          className="utrecht-select utrecht-select--html-select"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A labelled date input with its validation message and the chosen date in Dutch words beneath it. */
export function DateInput(props: {
  id: string;
  label: string;
  value: string;
  error?: FieldError;
  onChange(value: string): void;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error} hint={dateHint(props.value)}>
      {(a11y) => (
        <input
          {...a11y}
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface A11y {
  id: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

const Sources = graphql(`
  query Sources {
    sources {
      slug
      title
    }
  }
`);

export type ProvenanceChoice =
  | { kind: "source"; slug: string }
  | { kind: "own" }
  | { kind: "new"; title: string; publisher: string; url: string; publishedOn: string };

export function provenanceInput(choice: ProvenanceChoice): ProvenanceInput {
  if (choice.kind === "own") return { ownStatement: true };
  if (choice.kind === "source") return { sourceSlug: choice.slug || undefined };
  return {
    newSource: {
      title: choice.title,
      publisher: choice.publisher,
      url: choice.url || undefined,
      publishedOn: choice.publishedOn || undefined,
    },
  };
}

const NEW_SOURCE_FIELDS = [
  ["title", "Titel"],
  ["publisher", "Uitgever"],
  ["url", "Webadres (optioneel)"],
  ["publishedOn", "Gepubliceerd op (optioneel)"],
] as const;

/** Where the fact comes from (required on every write that records a fact): a known source, a new one, or own statement. */
export function ProvenanceFields(props: {
  prefix: string;
  value: ProvenanceChoice;
  onChange(value: ProvenanceChoice): void;
  /** The form's `userErrors`: those under `provenance` (or `sourceSlug`) are shown here, a new source's at its field. */
  errors: FieldError[];
  /** The label of the own-statement choice (default: the province's). */
  ownLabel?: string;
}) {
  const [sources] = useQuery({ query: Sources });
  const { prefix, value } = props;
  const ours = props.errors.filter((e) => e.field[1] === "provenance" || e.field[1] === "sourceSlug");
  const atNewSourceField = (e: FieldError) =>
    value.kind === "new" && e.field[2] === "newSource" && NEW_SOURCE_FIELDS.some(([key]) => key === e.field[3]);
  const atNewSource = (key: string) => ours.find((e) => atNewSourceField(e) && e.field[3] === key);
  const error = ours.find((e) => !atNewSourceField(e));
  const errorId = `${prefix}-provenance-error`;
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="utrecht-form-label">Bron</legend>
      {error && <ErrorMessage error={error} id={errorId} testId={`${prefix}-provenance-error`} />}
      {(["source", "own", "new"] as const).map((kind) => (
        <label key={kind} className="utrecht-form-label utrecht-form-label--radio dash-radio">
          <input
            type="radio"
            className="utrecht-radio-button utrecht-radio-button--html-input"
            name={`${prefix}-provenance`}
            checked={value.kind === kind}
            onChange={() =>
              props.onChange(
                kind === "own"
                  ? { kind }
                  : kind === "source"
                    ? { kind, slug: "" }
                    : { kind, title: "", publisher: "", url: "", publishedOn: "" },
              )
            }
          />{" "}
          {kind === "source"
            ? "Bestaande bron"
            : kind === "own"
              ? (props.ownLabel ?? "Eigen verklaring van de provincie")
              : "Nieuwe bron"}
        </label>
      ))}
      {value.kind === "source" && (
        <SelectField
          id={`${prefix}-source`}
          label="Bron kiezen"
          value={value.slug}
          placeholder="— kies een bron —"
          options={(sources.data?.sources ?? []).map((s) => ({ value: s.slug, label: s.title }))}
          onChange={(slug) => props.onChange({ kind: "source", slug })}
        />
      )}
      {value.kind === "new" &&
        NEW_SOURCE_FIELDS.map(([key, text]) => (
          <Field
            key={key}
            id={`${prefix}-new-${key}`}
            label={text}
            error={atNewSource(key)}
            hint={key === "publishedOn" ? dateHint(value.publishedOn) : undefined}
          >
            {(a11y) => (
              <input
                {...a11y}
                className="utrecht-textbox utrecht-textbox--html-input"
                type={key === "publishedOn" ? "date" : key === "url" ? "url" : "text"}
                value={value[key]}
                onChange={(e) => props.onChange({ ...value, [key]: e.target.value })}
              />
            )}
          </Field>
        ))}
    </fieldset>
  );
}

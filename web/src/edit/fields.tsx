import type { ReactNode } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import type { ProvenanceInput } from "../gql/graphql";

export interface FieldError {
  field: string[];
  message: string;
  errorCode: string;
}

/** The `userErrors` message for one input field (`["input", "validFrom"]` → `validFrom`). */
export function errorFor(errors: FieldError[], name: string): string | undefined {
  return errors.find((e) => e.field[1] === name)?.message;
}

/** Messages that name no field of the form (the input as a whole, or a field the form does not show). */
export function otherErrors(errors: FieldError[], shown: string[]): FieldError[] {
  return errors.filter((e) => !e.field[1] || !shown.includes(e.field[1]));
}

/** One labelled form field with its validation message next to it (`aria-describedby`, `aria-invalid`). */
export function Field(props: { id: string; label: string; error?: string; children: (a11y: A11y) => ReactNode }) {
  const errorId = `${props.id}-error`;
  return (
    <div className={`utrecht-form-field${props.error ? " utrecht-form-field--invalid" : ""}`}>
      <label className="utrecht-form-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.error && (
        <p className="utrecht-form-field-error-message" id={errorId} data-testid={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      {props.children({
        id: props.id,
        "aria-invalid": props.error ? true : undefined,
        "aria-describedby": props.error ? errorId : undefined,
      })}
    </div>
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

/** Where the fact comes from (required on every write that records a fact): a known source, a new one, or own statement. */
export function ProvenanceFields(props: {
  prefix: string;
  value: ProvenanceChoice;
  onChange(value: ProvenanceChoice): void;
  error?: string;
}) {
  const [sources] = useQuery({ query: Sources });
  const { prefix, value } = props;
  const errorId = `${prefix}-provenance-error`;
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${props.error ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend className="utrecht-form-label">Bron</legend>
      {props.error && (
        <p className="utrecht-form-field-error-message" id={errorId} data-testid={`${prefix}-provenance-error`}>
          {props.error}
        </p>
      )}
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
          {kind === "source" ? "Bestaande bron" : kind === "own" ? "Eigen verklaring van de provincie" : "Nieuwe bron"}
        </label>
      ))}
      {value.kind === "source" && (
        <Field id={`${prefix}-source`} label="Bron kiezen">
          {(a11y) => (
            <select
              {...a11y}
              className="utrecht-select utrecht-select--html-select"
              value={value.slug}
              onChange={(e) => props.onChange({ kind: "source", slug: e.target.value })}
            >
              <option value="">— kies een bron —</option>
              {(sources.data?.sources ?? []).map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {value.kind === "new" &&
        (
          [
            ["title", "Titel"],
            ["publisher", "Uitgever"],
            ["url", "Webadres (optioneel)"],
            ["publishedOn", "Gepubliceerd op (optioneel)"],
          ] as const
        ).map(([key, text]) => (
          <Field key={key} id={`${prefix}-new-${key}`} label={text}>
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

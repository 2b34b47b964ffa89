import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { useApp } from "../app-context";
import { ErrorMessage } from "../messages";
import {
  DateInput,
  Field,
  FormShell,
  ProvenanceFields,
  SelectField,
  TextArea,
  enumOptions,
  errorFor,
  provenanceInput,
  useWrite,
  type FieldError,
  type ProvenanceChoice,
} from "./fields";

const UpsertDevelopment = graphql(`
  mutation UpsertDevelopment($input: UpsertDevelopmentInput!) {
    upsertDevelopment(input: $input) {
      development {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpsertAdvice = graphql(`
  mutation UpsertCommitteeAdvice($input: UpsertCommitteeAdviceInput!) {
    upsertCommitteeAdvice(input: $input) {
      framework {
        slug
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const SetAdviceStatus = graphql(`
  mutation SetCommitteeAdviceStatus($input: SetCommitteeAdviceStatusInput!) {
    setCommitteeAdviceStatus(input: $input) {
      framework {
        slug
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

function TextInput(props: {
  id: string;
  label: string;
  value: string;
  error?: FieldError;
  onChange(value: string): void;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(a11y) => (
        <input
          {...a11y}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * Records (or corrects, by its key) a development (`upsertDevelopment`): IPO_ANALYST, ETHICS_COMMITTEE or ADMIN.
 * A date is optional (never invented): empty when the source gives none.
 */
export function DevelopmentForm(props: { provinces: Array<{ code: string; name: string }>; onSaved(): void }) {
  const { label } = useApp();
  const [, send] = useMutation(UpsertDevelopment);
  const w = useWrite();
  const empty = { slug: "", title: "", description: "", occurredOn: "", occurredOnPrecision: "DAY" };
  const [form, setForm] = useState(empty);
  const [provinceCodes, setProvinceCodes] = useState<string[]>([]);
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "source", slug: "" });
  return (
    <FormShell
      title="Ontwikkeling vastleggen"
      id="development"
      errors={w.errors}
      shown={["slug", "title", "description", "occurredOn", "occurredOnPrecision", "provinceCodes", "provenance"]}
      done={w.done}
      busy={w.busy}
      submit="Ontwikkeling opslaan"
      onSubmit={() =>
        void w.run(
          async () => {
            const r = await send({
              input: {
                slug: form.slug,
                title: form.title,
                description: form.description,
                occurredOn: form.occurredOn || null,
                occurredOnPrecision: form.occurredOn ? (form.occurredOnPrecision as never) : undefined,
                provinceCodes,
                provenance: provenanceInput(provenance),
              },
            });
            return { payload: r.data?.upsertDevelopment, error: r.error };
          },
          "Ontwikkeling opgeslagen.",
          () => {
            setForm(empty);
            setProvinceCodes([]);
            props.onSaved();
          },
        )
      }
    >
      <TextInput
        id="development-slug"
        label="Sleutel (letters, cijfers en streepjes; een bestaande sleutel corrigeert)"
        value={form.slug}
        error={errorFor(w.errors, "slug")}
        onChange={(slug) => setForm({ ...form, slug })}
      />
      <TextInput
        id="development-title"
        label="Titel"
        value={form.title}
        error={errorFor(w.errors, "title")}
        onChange={(title) => setForm({ ...form, title })}
      />
      <TextArea
        id="development-description"
        label="Wat er gebeurde"
        value={form.description}
        error={errorFor(w.errors, "description")}
        onChange={(description) => setForm({ ...form, description })}
      />
      <DateInput
        id="development-occurredOn"
        label="Datum (leeg als de bron geen datum geeft)"
        value={form.occurredOn}
        error={errorFor(w.errors, "occurredOn")}
        onChange={(occurredOn) => setForm({ ...form, occurredOn })}
      />
      <SelectField
        id="development-precision"
        label="Nauwkeurigheid van de datum"
        value={form.occurredOnPrecision}
        options={enumOptions(label, "DatePrecision", ["DAY", "MONTH", "YEAR"])}
        error={errorFor(w.errors, "occurredOnPrecision")}
        onChange={(occurredOnPrecision) => setForm({ ...form, occurredOnPrecision })}
      />
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dash-checks"
        aria-describedby={errorFor(w.errors, "provinceCodes") ? "development-provinces-error" : undefined}
      >
        <legend className="utrecht-form-label">Betrokken provincies</legend>
        {errorFor(w.errors, "provinceCodes") && (
          <ErrorMessage error={errorFor(w.errors, "provinceCodes")!} id="development-provinces-error" />
        )}
        {props.provinces.map((p) => (
          <label key={p.code} className="utrecht-form-label utrecht-form-label--checkbox">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={provinceCodes.includes(p.code)}
              onChange={(e) =>
                setProvinceCodes(
                  e.target.checked ? [...provinceCodes, p.code] : provinceCodes.filter((c) => c !== p.code),
                )
              }
            />{" "}
            {p.name}
          </label>
        ))}
      </fieldset>
      <ProvenanceFields
        prefix="development"
        value={provenance}
        onChange={setProvenance}
        errors={w.errors}
        ownLabel="Eigen verklaring (van IPO of de commissie)"
      />
    </FormShell>
  );
}

/** Publishes or corrects an advice of the ethics committee (`upsertCommitteeAdvice`): ETHICS_COMMITTEE or ADMIN. */
export function CommitteeAdviceForm(props: { onSaved(): void }) {
  const [, send] = useMutation(UpsertAdvice);
  const w = useWrite();
  const empty = { slug: "", shortName: "", title: "", summary: "", url: "" };
  const [form, setForm] = useState(empty);
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  const text = (key: keyof typeof empty, text: string) => (
    <TextInput
      id={`advice-${key}`}
      label={text}
      value={form[key]}
      error={errorFor(w.errors, key)}
      onChange={(v) => setForm({ ...form, [key]: v })}
    />
  );
  return (
    <FormShell
      title="Advies van de ethische commissie vastleggen"
      id="advice"
      errors={w.errors}
      shown={["slug", "shortName", "title", "summary", "url", "provenance"]}
      done={w.done}
      busy={w.busy}
      submit="Advies opslaan"
      onSubmit={() =>
        void w.run(
          async () => {
            const r = await send({
              input: {
                slug: form.slug,
                shortName: form.shortName,
                title: form.title,
                summary: form.summary || undefined,
                url: form.url || undefined,
                provenance: provenanceInput(provenance),
              },
            });
            return { payload: r.data?.upsertCommitteeAdvice, error: r.error };
          },
          "Advies opgeslagen (eerst In voorbereiding).",
          props.onSaved,
        )
      }
    >
      {text("slug", "Sleutel (letters, cijfers en streepjes; een bestaande sleutel corrigeert)")}
      {text("shortName", "Korte naam")}
      {text("title", "Titel")}
      <TextArea
        id="advice-summary"
        label="Wat het advies zegt (optioneel)"
        value={form.summary}
        error={errorFor(w.errors, "summary")}
        onChange={(summary) => setForm({ ...form, summary })}
      />
      {text("url", "Webadres (optioneel)")}
      <ProvenanceFields
        prefix="advice"
        value={provenance}
        onChange={setProvenance}
        errors={w.errors}
        ownLabel="Eigen verklaring van de commissie"
      />
    </FormShell>
  );
}

const ADVICE_STATUSES = ["ANNOUNCED", "PUBLISHED", "IN_FORCE", "NOT_DELIVERED", "WITHDRAWN"] as const;

/** Moves a committee advice through its life cycle (`setCommitteeAdviceStatus`): ETHICS_COMMITTEE or ADMIN. */
export function AdviceStatusForm(props: { advices: Array<{ slug: string; shortName: string }>; onSaved(): void }) {
  const { label } = useApp();
  const [, send] = useMutation(SetAdviceStatus);
  const w = useWrite();
  const [form, setForm] = useState({ frameworkSlug: props.advices[0]?.slug ?? "", status: "PUBLISHED", on: "" });
  return (
    <FormShell
      title="Status van een advies wijzigen"
      id="advice-status"
      errors={w.errors}
      shown={["frameworkSlug", "status", "on"]}
      done={w.done}
      busy={w.busy}
      submit="Status van het advies opslaan"
      onSubmit={() =>
        void w.run(
          async () => {
            const r = await send({
              input: { frameworkSlug: form.frameworkSlug, status: form.status as never, on: form.on || undefined },
            });
            return { payload: r.data?.setCommitteeAdviceStatus, error: r.error };
          },
          "Status van het advies opgeslagen.",
          props.onSaved,
        )
      }
    >
      <SelectField
        id="advice-status-framework"
        label="Advies"
        value={form.frameworkSlug}
        placeholder="— kies een advies —"
        options={props.advices.map((a) => ({ value: a.slug, label: a.shortName }))}
        error={errorFor(w.errors, "frameworkSlug")}
        onChange={(frameworkSlug) => setForm({ ...form, frameworkSlug })}
      />
      <SelectField
        id="advice-status-status"
        label="Nieuwe status"
        value={form.status}
        options={enumOptions(label, "FrameworkStatus", ADVICE_STATUSES)}
        error={errorFor(w.errors, "status")}
        onChange={(status) => setForm({ ...form, status })}
      />
      <DateInput
        id="advice-status-on"
        label="Datum (nodig bij Gepubliceerd en Van kracht)"
        value={form.on}
        error={errorFor(w.errors, "on")}
        onChange={(on) => setForm({ ...form, on })}
      />
    </FormShell>
  );
}

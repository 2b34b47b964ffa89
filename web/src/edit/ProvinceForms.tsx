import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { useApp } from "../app-context";
import { todayInNetherlands } from "../format";
import { ErrorMessage } from "../messages";
import {
  DateInput,
  Field,
  FormShell,
  ProvenanceFields,
  SelectField,
  enumOptions,
  errorFor,
  provenanceInput,
  useWrite,
  type ProvenanceChoice,
} from "./fields";

const SetAccounts = graphql(`
  mutation SetAccounts($input: SetPresenceAccountsInput!) {
    setPresenceAccounts(input: $input) {
      presence {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const SetPosition = graphql(`
  mutation SetPosition($input: SetFrameworkPositionInput!) {
    setFrameworkPosition(input: $input) {
      frameworkPosition {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CreateAssessment = graphql(`
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) {
      assessment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const SetRatings = graphql(`
  mutation SetRatings($input: SetValueRatingsInput!) {
    setValueRatings(input: $input) {
      assessment {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const Publish = graphql(`
  mutation PublishAssessment($input: AssessmentIdInput!) {
    publishAssessment(input: $input) {
      assessment {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const Withdraw = graphql(`
  mutation WithdrawAssessment($input: AssessmentIdInput!) {
    withdrawAssessment(input: $input) {
      assessment {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Sets the accounts (handle, url) of one presence: one account per line, `handle url`. */
export function AccountsForm(props: {
  provinceCode: string;
  platformSlug: string;
  platformName: string;
  accounts: Array<{ handle: string; url?: string | null }>;
  onSaved(): void;
}) {
  const [, send] = useMutation(SetAccounts);
  const w = useWrite();
  const [text, setText] = useState(props.accounts.map((a) => [a.handle, a.url ?? ""].join(" ").trim()).join("\n"));
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  const id = `accounts-${props.platformSlug}`;
  return (
    <FormShell
      title={`Accounts op ${props.platformName} wijzigen`}
      id={id}
      errors={w.errors}
      shown={["accounts", "provenance"]}
      done={w.done}
      busy={w.busy}
      submit="Accounts opslaan"
      onSubmit={() =>
        void w.run(
          async () => {
            const accounts = text
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line) => {
                const [handle, url] = line.split(/\s+/, 2);
                return { handle, url: url || undefined };
              });
            const r = await send({
              input: {
                provinceCode: props.provinceCode,
                platformSlug: props.platformSlug,
                accounts,
                provenance: provenanceInput(provenance),
              },
            });
            return { payload: r.data?.setPresenceAccounts, error: r.error };
          },
          "Accounts opgeslagen.",
          props.onSaved,
        )
      }
    >
      <Field
        id={id}
        label="Accounts (één per regel: naam en eventueel webadres)"
        error={errorFor(w.errors, "accounts")}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <ProvenanceFields prefix={id} value={provenance} onChange={setProvenance} errors={w.errors} />
    </FormShell>
  );
}

const STANCES = ["FOLLOWS", "EMBEDDED_IN_POLICY", "PARTICIPATES", "CONSIDERING", "NOT_APPLICABLE"] as const;

/** Records the province's stance on a framework from a date on (`setFrameworkPosition`). */
export function PositionForm(props: {
  provinceCode: string;
  frameworks: Array<{ slug: string; shortName: string }>;
  onSaved(): void;
}) {
  const { label } = useApp();
  const [, send] = useMutation(SetPosition);
  const w = useWrite();
  const [form, setForm] = useState({ frameworkSlug: "", stance: "FOLLOWS", since: todayInNetherlands(), note: "" });
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  return (
    <FormShell
      title="Standpunt over een kader vastleggen"
      id="position"
      errors={w.errors}
      shown={["frameworkSlug", "stance", "since", "note", "provenance"]}
      done={w.done}
      busy={w.busy}
      submit="Standpunt opslaan"
      onSubmit={() =>
        void w.run(
          async () => {
            const r = await send({
              input: {
                provinceCode: props.provinceCode,
                frameworkSlug: form.frameworkSlug,
                stance: form.stance as never,
                since: form.since,
                note: form.note || undefined,
                provenance: provenanceInput(provenance),
              },
            });
            return { payload: r.data?.setFrameworkPosition, error: r.error };
          },
          "Standpunt opgeslagen.",
          props.onSaved,
        )
      }
    >
      <SelectField
        id="position-framework"
        label="Kader"
        value={form.frameworkSlug}
        placeholder="— kies een kader —"
        options={props.frameworks.map((f) => ({ value: f.slug, label: f.shortName }))}
        error={errorFor(w.errors, "frameworkSlug")}
        onChange={(frameworkSlug) => setForm({ ...form, frameworkSlug })}
      />
      <SelectField
        id="position-stance"
        label="Standpunt"
        value={form.stance}
        options={enumOptions(label, "Stance", STANCES)}
        error={errorFor(w.errors, "stance")}
        onChange={(stance) => setForm({ ...form, stance })}
      />
      <DateInput
        id="position-since"
        label="Sinds"
        value={form.since}
        error={errorFor(w.errors, "since")}
        onChange={(v) => setForm({ ...form, since: v })}
      />
      <Field id="position-note" label="Toelichting" error={errorFor(w.errors, "note")}>
        {(a11y) => (
          <textarea
            {...a11y}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            value={form.note}
            onChange={(e) => setForm({ ...form, note: e.target.value })}
          />
        )}
      </Field>
      <ProvenanceFields prefix="position" value={provenance} onChange={setProvenance} errors={w.errors} />
    </FormShell>
  );
}

/** Creates a value assessment as a draft (`createAssessment`). */
export function AssessmentCreateForm(props: { provinceCode: string; onSaved(): void }) {
  const [, send] = useMutation(CreateAssessment);
  const w = useWrite();
  const [form, setForm] = useState({ heldOn: todayInNetherlands(), method: "Waardengedreven gesprek (CODIO)" });
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  return (
    <FormShell
      title="Nieuwe toetsing (concept) aanmaken"
      id="assessment"
      errors={w.errors}
      shown={["heldOn", "method", "provenance"]}
      done={w.done}
      busy={w.busy}
      submit="Concept aanmaken"
      onSubmit={() =>
        void w.run(
          async () => {
            const r = await send({
              input: {
                provinceCode: props.provinceCode,
                heldOn: form.heldOn,
                method: form.method,
                provenance: provenanceInput(provenance),
              },
            });
            return { payload: r.data?.createAssessment, error: r.error };
          },
          "Concept aangemaakt.",
          props.onSaved,
        )
      }
    >
      <DateInput
        id="assessment-heldOn"
        label="Gehouden op"
        value={form.heldOn}
        error={errorFor(w.errors, "heldOn")}
        onChange={(v) => setForm({ ...form, heldOn: v })}
      />
      <Field id="assessment-method" label="Methode" error={errorFor(w.errors, "method")}>
        {(a11y) => (
          <input
            {...a11y}
            className="utrecht-textbox utrecht-textbox--html-input"
            value={form.method}
            onChange={(e) => setForm({ ...form, method: e.target.value })}
          />
        )}
      </Field>
      <ProvenanceFields prefix="assessment" value={provenance} onChange={setProvenance} errors={w.errors} />
    </FormShell>
  );
}

const IMPACTS = ["NONE", "MODERATE", "HIGH"] as const;

/** A draft's ratings (`setValueRatings`) and its publication, or a published assessment's withdrawal. */
export function AssessmentActions(props: {
  assessment: {
    id: string;
    state: string;
    ratings: Array<{ value: { slug: string }; impact: string; rationale?: string | null }>;
  };
  values: Array<{ slug: string; name: string }>;
  onSaved(): void;
}) {
  const { label } = useApp();
  const [, sendRatings] = useMutation(SetRatings);
  const [, publish] = useMutation(Publish);
  const [, withdraw] = useMutation(Withdraw);
  const w = useWrite();
  const state = props.assessment.state;
  const [ratings, setRatings] = useState<Record<string, { impact: string; rationale: string }>>(() =>
    Object.fromEntries(
      props.assessment.ratings.map((r) => [r.value.slug, { impact: r.impact, rationale: r.rationale ?? "" }]),
    ),
  );
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  const input = { assessmentId: props.assessment.id };
  if (state === "PUBLISHED")
    return (
      <p>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            void w.run(
              async () => {
                const r = await withdraw({ input });
                return { payload: r.data?.withdrawAssessment, error: r.error };
              },
              "Ingetrokken.",
              props.onSaved,
            )
          }
        >
          Toetsing intrekken
        </button>
        {w.errors.map((e, i) => (
          <span key={i} className="utrecht-form-field-error-message" role="alert">
            {e.message}
          </span>
        ))}
      </p>
    );
  if (state !== "DRAFT") return null;
  const id = `ratings-${props.assessment.id}`;
  return (
    <>
      <FormShell
        title="Waarderingen invullen"
        id={id}
        errors={w.errors}
        shown={["ratings", "provenance"]}
        done={w.done}
        busy={w.busy}
        submit="Waarderingen opslaan"
        onSubmit={() =>
          void w.run(
            async () => {
              const list = Object.entries(ratings)
                .filter(([, r]) => r.impact)
                .map(([valueSlug, r]) => ({
                  valueSlug,
                  impact: r.impact as never,
                  rationale: r.rationale || undefined,
                }));
              const r = await sendRatings({
                input: { ...input, ratings: list, provenance: provenanceInput(provenance) },
              });
              return { payload: r.data?.setValueRatings, error: r.error };
            },
            "Waarderingen opgeslagen.",
            props.onSaved,
          )
        }
      >
        {errorFor(w.errors, "ratings") && <ErrorMessage error={errorFor(w.errors, "ratings")!} />}
        {props.values.map((v) => (
          <SelectField
            key={v.slug}
            id={`${id}-${v.slug}`}
            label={`Negatieve invloed op ${v.name}`}
            value={ratings[v.slug]?.impact ?? ""}
            placeholder="niet beoordeeld"
            options={enumOptions(label, "Impact", IMPACTS)}
            onChange={(impact) =>
              setRatings({ ...ratings, [v.slug]: { impact, rationale: ratings[v.slug]?.rationale ?? "" } })
            }
          />
        ))}
        <ProvenanceFields prefix={id} value={provenance} onChange={setProvenance} errors={w.errors} />
      </FormShell>
      <p>
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() =>
            void w.run(
              async () => {
                const r = await publish({ input });
                return { payload: r.data?.publishAssessment, error: r.error };
              },
              "Gepubliceerd.",
              props.onSaved,
            )
          }
        >
          Toetsing publiceren
        </button>
      </p>
    </>
  );
}

import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { useApp } from "../app-context";
import { todayInNetherlands } from "../format";
import {
  DateInput,
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

const AddCriterion = graphql(`
  mutation AddExitCriterion($input: AddExitCriterionInput!) {
    addExitCriterion(input: $input) {
      criterion {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ReviewCriterion = graphql(`
  mutation ReviewExitCriterion($input: ReviewExitCriterionInput!) {
    reviewExitCriterion(input: $input) {
      review {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RetireCriterion = graphql(`
  mutation RetireExitCriterion($input: RetireExitCriterionInput!) {
    retireExitCriterion(input: $input) {
      retirement {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const STATES = ["MONITORING", "MET", "NOT_MET"] as const;

function StateSelect(props: { id: string; value: string; error?: FieldError; onChange(value: string): void }) {
  const { label } = useApp();
  return <SelectField label="Stand van zaken" options={enumOptions(label, "CriterionState", STATES)} {...props} />;
}

/** Adds an exit or entry criterion (`addExitCriterion`) with its first review and its source. */
export function CriterionAddForm(props: {
  provinceCode: string;
  platforms: Array<{ slug: string; name: string }>;
  values: Array<{ slug: string; name: string }>;
  onSaved(): void;
}) {
  const { label } = useApp();
  const [, send] = useMutation(AddCriterion);
  const w = useWrite();
  const empty = {
    kind: "EXIT",
    platformSlug: "",
    description: "",
    protectedValueSlug: "",
    adoptedOn: todayInNetherlands(),
    state: "MONITORING",
    note: "",
  };
  const [form, setForm] = useState(empty);
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  const fields = ["kind", "platformSlug", "description", "protectedValueSlug", "adoptedOn", "state", "note"];
  return (
    <FormShell
      title="Nieuw exit- of entreecriterium"
      id="criterion"
      errors={w.errors}
      shown={[...fields, "provenance"]}
      done={w.done}
      busy={w.busy}
      submit="Criterium opslaan"
      onSubmit={() =>
        void w.run(
          async () => {
            const r = await send({
              input: {
                provinceCode: props.provinceCode,
                kind: form.kind as never,
                platformSlug: form.platformSlug || undefined,
                description: form.description,
                protectedValueSlug: form.protectedValueSlug || undefined,
                adoptedOn: form.adoptedOn,
                state: form.state as never,
                note: form.note || undefined,
                provenance: provenanceInput(provenance),
              },
            });
            return { payload: r.data?.addExitCriterion, error: r.error };
          },
          "Criterium opgeslagen.",
          () => {
            setForm(empty);
            props.onSaved();
          },
        )
      }
    >
      <SelectField
        id="criterion-kind"
        label="Soort"
        value={form.kind}
        options={enumOptions(label, "CriterionKind", ["EXIT", "ENTRY"])}
        error={errorFor(w.errors, "kind")}
        onChange={(kind) => setForm({ ...form, kind })}
      />
      <SelectField
        id="criterion-platform"
        label="Platform"
        value={form.platformSlug}
        placeholder="Alle platforms"
        options={props.platforms.map((p) => ({ value: p.slug, label: p.name }))}
        error={errorFor(w.errors, "platformSlug")}
        onChange={(platformSlug) => setForm({ ...form, platformSlug })}
      />
      <TextArea
        id="criterion-description"
        label="Voorwaarde (in de woorden van de provincie)"
        value={form.description}
        error={errorFor(w.errors, "description")}
        onChange={(description) => setForm({ ...form, description })}
      />
      <SelectField
        id="criterion-value"
        label="Beschermde waarde (optioneel)"
        value={form.protectedValueSlug}
        placeholder="geen"
        options={props.values.map((v) => ({ value: v.slug, label: v.name }))}
        error={errorFor(w.errors, "protectedValueSlug")}
        onChange={(protectedValueSlug) => setForm({ ...form, protectedValueSlug })}
      />
      <DateInput
        id="criterion-adoptedOn"
        label="Vastgesteld op"
        value={form.adoptedOn}
        error={errorFor(w.errors, "adoptedOn")}
        onChange={(adoptedOn) => setForm({ ...form, adoptedOn })}
      />
      <StateSelect
        id="criterion-state"
        value={form.state}
        error={errorFor(w.errors, "state")}
        onChange={(state) => setForm({ ...form, state })}
      />
      <TextArea
        id="criterion-note"
        label="Toelichting bij de stand van zaken (optioneel)"
        value={form.note}
        error={errorFor(w.errors, "note")}
        onChange={(note) => setForm({ ...form, note })}
      />
      <ProvenanceFields prefix="criterion" value={provenance} onChange={setProvenance} errors={w.errors} />
    </FormShell>
  );
}

/** Records a dated review of a criterion (`reviewExitCriterion`): a new row in its history. */
export function CriterionReviewForm(props: { criterionId: string; index: number; onSaved(): void }) {
  const [, send] = useMutation(ReviewCriterion);
  const w = useWrite();
  const [form, setForm] = useState({ reviewedOn: todayInNetherlands(), state: "MONITORING", note: "" });
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  const id = `review-${props.index}`;
  return (
    <FormShell
      title="Toetsing vastleggen"
      id={id}
      errors={w.errors}
      shown={["reviewedOn", "state", "note", "provenance"]}
      done={w.done}
      busy={w.busy}
      submit="Toetsing opslaan"
      onSubmit={() =>
        void w.run(
          async () => {
            const r = await send({
              input: {
                criterionId: props.criterionId,
                reviewedOn: form.reviewedOn,
                state: form.state as never,
                note: form.note || undefined,
                provenance: provenanceInput(provenance),
              },
            });
            return { payload: r.data?.reviewExitCriterion, error: r.error };
          },
          "Toetsing opgeslagen.",
          props.onSaved,
        )
      }
    >
      <DateInput
        id={`${id}-reviewedOn`}
        label="Getoetst op"
        value={form.reviewedOn}
        error={errorFor(w.errors, "reviewedOn")}
        onChange={(reviewedOn) => setForm({ ...form, reviewedOn })}
      />
      <StateSelect
        id={`${id}-state`}
        value={form.state}
        error={errorFor(w.errors, "state")}
        onChange={(state) => setForm({ ...form, state })}
      />
      <TextArea
        id={`${id}-note`}
        label="Toelichting (optioneel)"
        value={form.note}
        error={errorFor(w.errors, "note")}
        onChange={(note) => setForm({ ...form, note })}
      />
      <ProvenanceFields prefix={id} value={provenance} onChange={setProvenance} errors={w.errors} />
    </FormShell>
  );
}

/** Retires a criterion from a date on (`retireExitCriterion`); it stays readable and counts before that date. */
export function CriterionRetireForm(props: { criterionId: string; index: number; onSaved(): void }) {
  const [, send] = useMutation(RetireCriterion);
  const w = useWrite();
  const [form, setForm] = useState({ retiredOn: todayInNetherlands(), reason: "" });
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  const id = `retire-${props.index}`;
  return (
    <FormShell
      title="Criterium intrekken"
      id={id}
      errors={w.errors}
      shown={["retiredOn", "reason", "provenance"]}
      done={w.done}
      busy={w.busy}
      submit="Criterium intrekken"
      onSubmit={() =>
        void w.run(
          async () => {
            const r = await send({
              input: {
                criterionId: props.criterionId,
                retiredOn: form.retiredOn,
                reason: form.reason || undefined,
                provenance: provenanceInput(provenance),
              },
            });
            return { payload: r.data?.retireExitCriterion, error: r.error };
          },
          "Criterium ingetrokken.",
          props.onSaved,
        )
      }
    >
      <DateInput
        id={`${id}-retiredOn`}
        label="Ingetrokken per"
        value={form.retiredOn}
        error={errorFor(w.errors, "retiredOn")}
        onChange={(retiredOn) => setForm({ ...form, retiredOn })}
      />
      <TextArea
        id={`${id}-reason`}
        label="Reden (optioneel)"
        value={form.reason}
        error={errorFor(w.errors, "reason")}
        onChange={(reason) => setForm({ ...form, reason })}
      />
      <ProvenanceFields prefix={id} value={provenance} onChange={setProvenance} errors={w.errors} />
    </FormShell>
  );
}

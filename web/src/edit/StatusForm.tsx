import { useState, type FormEvent } from "react";
import { useClient, useMutation } from "urql";
import { graphql } from "../gql";
import type { PresenceStatus } from "../gql/graphql";
import { useApp } from "../app-context";
import { dateHint, formatDate, formatInstant, todayInNetherlands } from "../format";
import { ErrorMessage } from "../messages";
import {
  Field,
  ProvenanceFields,
  SelectField,
  enumOptions,
  errorFor,
  otherErrors,
  provenanceInput,
  requestError,
  type FieldError,
  type ProvenanceChoice,
  type SelectOption,
} from "./fields";

const RecordStatus = graphql(`
  mutation RecordStatus($input: RecordPlatformStatusInput!) {
    recordPlatformStatus(input: $input) {
      status {
        id
        status
        validFrom
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const LatestRecorded = graphql(`
  query LatestRecorded($code: String!) {
    province(code: $code) {
      presences {
        platform {
          slug
        }
        latestRecorded {
          id
          statusLabel
          validFrom
          validFromPrecision
          recordedAt
          recordedBy
          reason
        }
      }
    }
  }
`);

const STATUSES = ["ACTIVE", "INACTIVE", "LEFT", "NOT_PRESENT"] as const;
const PURPOSES = [
  "NEWS",
  "ANNOUNCEMENTS",
  "CAMPAIGNS",
  "INTERACTION",
  "STORIES_AND_ARTICLES",
  "VIDEO_ARCHIVE",
] as const;
const SHOWN = [
  "status",
  "validFrom",
  "validFromBasis",
  "validFromPrecision",
  "commentsEnabled",
  "engagement",
  "purposes",
  "paidContent",
  "reason",
  "provenance",
];

type Newer = {
  id: string;
  statusLabel: string;
  validFrom: string;
  validFromPrecision: string;
  recordedAt: string;
  recordedBy: string;
  reason?: string | null;
};

/**
 * Records a status snapshot (`recordPlatformStatus`) with every field and its source. `expectedLatestId` guards
 * against a lost update: on CONFLICT the form shows the newer record and lets the editor retry on top of it.
 */
export function StatusForm(props: {
  provinceCode: string;
  platformSlug: string;
  platformName: string;
  latestRecordedId: string | null;
  onSaved(): void;
}) {
  const { label } = useApp();
  const client = useClient();
  const [, record] = useMutation(RecordStatus);
  const [expected, setExpected] = useState(props.latestRecordedId);
  const [form, setForm] = useState({
    status: "ACTIVE" as PresenceStatus,
    validFrom: todayInNetherlands(),
    validFromBasis: "EXACT",
    validFromPrecision: "DAY",
    commentsEnabled: "",
    engagement: "",
    paidContent: "",
    purposes: [] as string[],
    reason: "",
  });
  const [provenance, setProvenance] = useState<ProvenanceChoice>({ kind: "own" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [newer, setNewer] = useState<Newer>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const id = (name: string) => `status-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(undefined);
    const tri = (v: string) => (v === "" ? undefined : v === "true");
    const result = await record({
      input: {
        provinceCode: props.provinceCode,
        platformSlug: props.platformSlug,
        status: form.status,
        validFrom: form.validFrom,
        validFromBasis: form.validFromBasis as never,
        validFromPrecision: form.validFromPrecision as never,
        commentsEnabled: tri(form.commentsEnabled),
        engagement: tri(form.engagement),
        paidContent: (form.paidContent || undefined) as never,
        purposes: form.purposes.length ? (form.purposes as never) : undefined,
        reason: form.reason || undefined,
        provenance: provenanceInput(provenance),
        expectedLatestId: expected ?? undefined,
      },
    });
    setBusy(false);
    const payload = result.data?.recordPlatformStatus;
    if (result.error || !payload) {
      setErrors(requestError(result.error));
      return;
    }
    setErrors(payload.userErrors);
    if (payload.userErrors.some((e) => e.errorCode === "CONFLICT" && e.field.includes("expectedLatestId"))) {
      const latest = await client
        .query(LatestRecorded, { code: props.provinceCode }, { requestPolicy: "network-only" })
        .toPromise();
      const presence = latest.data?.province?.presences.find((p) => p.platform.slug === props.platformSlug);
      setNewer(presence?.latestRecorded ?? undefined);
      return;
    }
    if (payload.status) {
      setNewer(undefined);
      setExpected(payload.status.id);
      setSaved(
        `Opgeslagen: ${label("PresenceStatus", payload.status.status)} vanaf ${formatDate(payload.status.validFrom)}.`,
      );
      props.onSaved();
    }
  };

  const select = (
    name: "status" | "validFromBasis" | "validFromPrecision" | "paidContent" | "commentsEnabled" | "engagement",
    text: string,
    options: readonly SelectOption[],
    optional = false,
  ) => (
    <SelectField
      id={id(name)}
      label={text}
      value={form[name]}
      placeholder={optional ? "niet vastgelegd" : undefined}
      options={options}
      error={errorFor(errors, name)}
      onChange={(value) => set({ [name]: value } as never)}
    />
  );
  const yesNo = [
    { value: "true", label: "ja" },
    { value: "false", label: "nee" },
  ];

  return (
    <form className="dash-form" onSubmit={submit} aria-labelledby="status-form-title" noValidate>
      <h3 className="utrecht-heading-3" id="status-form-title">
        Status vastleggen voor {props.platformName}
      </h3>
      {newer && (
        <div className="utrecht-alert utrecht-alert--warning" role="alert" data-testid="conflict">
          <p className="utrecht-paragraph">
            Iemand anders heeft intussen vastgelegd: <strong>{newer.statusLabel}</strong> vanaf{" "}
            {formatDate(newer.validFrom, newer.validFromPrecision)} ({formatInstant(newer.recordedAt)} door{" "}
            {newer.recordedBy}
            {newer.reason ? `: ${newer.reason}` : ""}).
          </p>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              setExpected(newer.id);
              setNewer(undefined);
              setErrors([]);
            }}
          >
            Mijn wijziging daarbovenop opnieuw proberen
          </button>
        </div>
      )}
      {otherErrors(errors, SHOWN)
        .filter((e) => !e.field.includes("expectedLatestId"))
        .map((e, i) => (
          <ErrorMessage key={i} error={e} alert />
        ))}
      {select("status", "Status", enumOptions(label, "PresenceStatus", STATUSES))}
      <Field
        id={id("validFrom")}
        label="Geldig vanaf"
        error={errorFor(errors, "validFrom")}
        hint={dateHint(form.validFrom)}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="date"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={form.validFrom}
            onChange={(e) => set({ validFrom: e.target.value })}
          />
        )}
      </Field>
      {select(
        "validFromBasis",
        "Basis van de datum",
        enumOptions(label, "DateBasis", ["EXACT", "SOURCE_DATE", "INFERRED"]),
      )}
      {select(
        "validFromPrecision",
        "Precisie van de datum",
        enumOptions(label, "DatePrecision", ["DAY", "MONTH", "YEAR"]),
      )}
      {select("commentsEnabled", "Reacties aan", yesNo, true)}
      {select("engagement", "Interactie met publiek", yesNo, true)}
      {select(
        "paidContent",
        "Betaalde inhoud",
        enumOptions(label, "PaidContent", ["NONE", "CAMPAIGNS_ONLY", "REGULAR"]),
        true,
      )}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-label">Doelen</legend>
        {errorFor(errors, "purposes") && <ErrorMessage error={errorFor(errors, "purposes")!} />}
        {PURPOSES.map((p) => (
          <label key={p} className="utrecht-form-label utrecht-form-label--checkbox dash-radio">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={form.purposes.includes(p)}
              onChange={(e) =>
                set({ purposes: e.target.checked ? [...form.purposes, p] : form.purposes.filter((x) => x !== p) })
              }
            />{" "}
            {label("Purpose", p)}
          </label>
        ))}
      </fieldset>
      <Field id={id("reason")} label="Reden of toelichting" error={errorFor(errors, "reason")}>
        {(a11y) => (
          <textarea
            {...a11y}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            value={form.reason}
            onChange={(e) => set({ reason: e.target.value })}
          />
        )}
      </Field>
      <ProvenanceFields prefix="status" value={provenance} onChange={setProvenance} errors={errors} />
      <p>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          Status opslaan
        </button>
      </p>
      {saved && (
        <p className="utrecht-paragraph" role="status" data-testid="saved">
          {saved}
        </p>
      )}
    </form>
  );
}

import { useEffect, useState, type FormEvent } from "react";
import { useClient, useMutation, useQuery } from "urql";
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
          status
          commentsEnabled
          engagement
          purposes
          paidContent
        }
        status {
          id
          status
          commentsEnabled
          engagement
          purposes
          paidContent
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

type Form = {
  status: PresenceStatus;
  validFrom: string;
  validFromBasis: string;
  validFromPrecision: string;
  commentsEnabled: string;
  engagement: string;
  paidContent: string;
  purposes: string[];
  reason: string;
};

/** The form's start when nothing is recorded for the presence. */
const defaults = (): Form => ({
  status: "ACTIVE",
  validFrom: todayInNetherlands(),
  validFromBasis: "EXACT",
  validFromPrecision: "DAY",
  commentsEnabled: "",
  engagement: "",
  paidContent: "",
  purposes: [],
  reason: "",
});

type Recorded = {
  status: PresenceStatus;
  commentsEnabled?: boolean | null;
  engagement?: boolean | null;
  purposes: readonly string[];
  paidContent?: string | null;
};

/**
 * The fields that carry over from the recorded state into a new record. Not the date (a new record starts today by
 * default, with its own basis and precision), nor the reason or the source: a new record needs its own.
 */
function fromRecorded(r: Recorded): Partial<Form> {
  const tri = (v: boolean | null | undefined) => (v == null ? "" : String(v));
  return {
    status: r.status,
    commentsEnabled: tri(r.commentsEnabled),
    engagement: tri(r.engagement),
    paidContent: r.paidContent ?? "",
    purposes: [...r.purposes],
  };
}

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
 *
 * The form starts from the presence's current state (the snapshot in force today, else the latest recorded one):
 * status, comments, engagement, paid content and purposes; the date starts today, reason and source empty. What the
 * editor changed by hand is kept per presence (province and platform) while the form is open and always wins over the
 * recorded state: switching to another presence fills from that one's state, switching back shows the hand edits
 * again. A field not touched follows the recorded state (also when it changes: a conflict, a live update, a save).
 */
export function StatusForm(props: {
  provinceCode: string;
  platformSlug: string;
  platformName: string;
  latestRecordedId: string | null;
  onSaved(): void;
}) {
  const { label, liveVersion } = useApp();
  const client = useClient();
  const [, record] = useMutation(RecordStatus);
  const key = `${props.provinceCode}/${props.platformSlug}`;
  const [current, refetchCurrent] = useQuery({ query: LatestRecorded, variables: { code: props.provinceCode } });
  const presence = current.data?.province?.presences.find((p) => p.platform.slug === props.platformSlug);
  const recorded = presence?.status ?? presence?.latestRecorded;
  useEffect(() => {
    if (liveVersion) refetchCurrent({ requestPolicy: "network-only" });
  }, [liveVersion, refetchCurrent]);
  // Hand edits and chosen source, per presence.
  const [edits, setEdits] = useState<Record<string, Partial<Form>>>({});
  const [provenances, setProvenances] = useState<Record<string, ProvenanceChoice>>({});
  const form: Form = { ...defaults(), ...(recorded ? fromRecorded(recorded) : {}), ...edits[key] };
  const provenance = provenances[key] ?? { kind: "own" };
  const setProvenance = (value: ProvenanceChoice) => setProvenances((all) => ({ ...all, [key]: value }));
  const [expected, setExpected] = useState(props.latestRecordedId);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [newer, setNewer] = useState<Newer>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Another presence (the detail moved to another cell): its own guard, no messages of the previous one.
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setExpected(props.latestRecordedId);
    setErrors([]);
    setNewer(undefined);
    setSaved(undefined);
  }
  const set = (patch: Partial<Form>) => setEdits((all) => ({ ...all, [key]: { ...all[key], ...patch } }));
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
      refetchCurrent({ requestPolicy: "network-only" });
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

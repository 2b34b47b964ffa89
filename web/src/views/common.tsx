import type { ReactNode } from "react";
import type { CombinedError } from "@urql/core";
import { dutchMessage, fromCombinedError } from "../messages";
import { dateHint, instantHint, localToInstant, todayInNetherlands } from "../format";
import { setParams, type Route } from "../route";

/** `asOf` from the URL (default today in the Netherlands) and `knownAt` (default: now, i.e. not sent). */
export function datesOf(route: Route): { asOf: string; knownAt?: string; knownAtLocal?: string } {
  const knownAtLocal = route.params.get("knownAt") ?? undefined;
  return {
    asOf: route.params.get("asOf") || todayInNetherlands(),
    knownAt: localToInstant(knownAtLocal),
    knownAtLocal,
  };
}

/** The two date pickers: "op datum" (valid time, `asOf`) and "zoals bekend op" (recorded time, `knownAt`). */
export function DatePickers({ route }: { route: Route }) {
  const { asOf, knownAtLocal } = datesOf(route);
  return (
    <div className="dash-filters">
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="asOf">
          Op datum
        </label>
        <input
          id="asOf"
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={asOf}
          aria-describedby="asOf-hint"
          onChange={(e) => setParams(route, { asOf: e.target.value })}
        />
        <p className="utrecht-form-field-description" id="asOf-hint" data-testid="asOf-hint">
          {dateHint(asOf)}
        </p>
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="knownAt">
          Zoals bekend op
        </label>
        <input
          id="knownAt"
          type="datetime-local"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={knownAtLocal ?? ""}
          aria-describedby="knownAt-hint"
          onChange={(e) => setParams(route, { knownAt: e.target.value })}
        />
        <p className="utrecht-form-field-description" id="knownAt-hint" data-testid="knownAt-hint">
          {instantHint(knownAtLocal) ?? "Leeg: zoals het register nu is."}
        </p>
      </div>
    </div>
  );
}

/** A download link to one of the service's CSV exports (`/export/*.csv`), with the view's own filters. */
export function CsvLink({
  path,
  params,
  children,
}: {
  path: string;
  params: Record<string, string | undefined>;
  children?: ReactNode;
}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  return (
    <a className="utrecht-button-link utrecht-button-link--secondary-action" href={`/export/${path}?${query}`} download>
      {children ?? "Download als CSV"}
    </a>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="utrecht-paragraph" role="status">
      {what} laden…
    </p>
  );
}

/** A read that failed: what went wrong in Dutch, the API's own message under "Technische melding". */
export function Failure({ error }: { error: CombinedError }) {
  const apiError = fromCombinedError(error);
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">Dit kon niet worden geladen. {dutchMessage(apiError)}</p>
      <details className="dash-error-detail">
        <summary>Technische melding</summary>
        <p className="utrecht-paragraph" lang="en">
          {apiError.errorCode}: {apiError.message}
        </p>
      </details>
    </div>
  );
}

/** Where a fact comes from: the source with its link, or the client that stated it as its own statement. */
export function SourceOf({
  source,
  statedBy,
}: {
  source?: { title: string; url?: string | null; publisher?: string | null } | null;
  statedBy?: string | null;
}) {
  if (source)
    return source.url ? (
      <a className="utrecht-link" href={source.url} rel="noreferrer">
        {source.title}
      </a>
    ) : (
      <span>{source.title}</span>
    );
  if (statedBy) return <span>Eigen verklaring van {statedBy}</span>;
  return <span>geen bron</span>;
}

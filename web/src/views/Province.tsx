import { useEffect } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { mayEdit, useApp } from "../app-context";
import { formatDate, formatInstant, laterThan } from "../format";
import { hrefFor, type Route } from "../route";
import { STATUS_LETTER } from "../status";
import { CsvLink, DatePickers, Failure, Loading, SourceOf, datesOf } from "./common";
import { AccountsForm, AssessmentActions, AssessmentCreateForm, PositionForm } from "../edit/ProvinceForms";
import { CriterionAddForm, CriterionRetireForm, CriterionReviewForm } from "../edit/CriterionForms";

const ProvinceQuery = graphql(`
  query ProvinceDetail($code: String!, $asOf: Date, $knownAt: DateTime) {
    provinces {
      code
      name
    }
    frameworks {
      slug
      shortName
    }
    values {
      slug
      name
    }
    platforms {
      slug
      name
    }
    province(code: $code) {
      code
      name
      presences {
        id
        platform {
          slug
          name
        }
        accounts {
          handle
          url
        }
        status(asOf: $asOf, knownAt: $knownAt) {
          status
          statusLabel
          validFrom
          validFromPrecision
          reason
          statedBy
          source {
            title
            url
          }
        }
        history(first: 20) {
          id
          status
          statusLabel
          validFrom
          validFromPrecision
          recordedAt
        }
      }
      frameworkPositions(asOf: $asOf, knownAt: $knownAt) {
        id
        framework {
          slug
          shortName
          title
        }
        stanceLabel
        since
        sincePrecision
        note
        statedBy
        source {
          title
          url
        }
      }
      assessments {
        id
        heldOn
        heldOnPrecision
        state
        method
        note
        publishedAt
        withdrawnAt
        statedBy
        source {
          title
          url
        }
        platform {
          name
        }
        ratings {
          id
          impact
          impactLabel
          rationale
          value {
            slug
            name
          }
          platform {
            name
          }
        }
      }
      exitCriteria {
        id
        kindLabel
        description
        adoptedOn
        adoptedOnPrecision
        platform {
          name
        }
        protectedValue {
          name
        }
        latestReview(asOf: $asOf, knownAt: $knownAt) {
          stateLabel
          reviewedOn
          reviewedOnPrecision
          reviewedOnBasis
          note
        }
        retirement {
          retiredOn
          retiredOnPrecision
          reason
        }
        statedBy
        source {
          title
          url
        }
      }
    }
  }
`);

/** One province: its presences with a timeline, framework positions, assessments with ratings and exit criteria. */
export function ProvinceView({ route }: { route: Route }) {
  const { label, viewer, liveVersion } = useApp();
  const code = route.path[1] ?? viewer.provinceCode ?? "PV26";
  const { asOf, knownAt } = datesOf(route);
  const [result, reexecute] = useQuery({ query: ProvinceQuery, variables: { code, asOf, knownAt } });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  useEffect(() => {
    if (liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [liveVersion, reexecute]);
  const data = result.data;
  const province = data?.province;
  const editable = mayEdit(viewer, province?.code);
  return (
    <>
      <h1 className="utrecht-heading-1">Provincie{province ? `: ${province.name}` : ""}</h1>
      <form className="dash-toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="province">
            Provincie
          </label>
          <select
            id="province"
            className="utrecht-select utrecht-select--html-select"
            value={province?.code ?? code}
            onChange={(e) => {
              window.location.hash = hrefFor(["provincie", e.target.value], route.params);
            }}
          >
            {(data?.provinces ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <DatePickers route={route} />
      </form>
      <p className="dash-actions">
        <CsvLink path="status-matrix.csv" params={{ asOf, knownAt, provinces: province?.code ?? code }}>
          Download de status als CSV
        </CsvLink>{" "}
        <CsvLink path="framework-matrix.csv" params={{ asOf, knownAt, provinces: province?.code ?? code }}>
          Download de kaders als CSV
        </CsvLink>{" "}
        <CsvLink path="value-matrix.csv" params={{ asOf, knownAt, provinces: province?.code ?? code }}>
          Download de waarden als CSV
        </CsvLink>
      </p>
      {result.error && <Failure error={result.error} />}
      {!data && <Loading what="De provincie" />}
      {data && !province && <p className="utrecht-paragraph">Deze provincie bestaat niet.</p>}
      {province && (
        <>
          <h2 className="utrecht-heading-2">Aanwezigheid op {formatDate(asOf)}</h2>
          {province.presences.length === 0 && (
            <p className="utrecht-paragraph">Voor deze provincie is geen aanwezigheid vastgelegd (alles Onbekend).</p>
          )}
          {province.presences.length > 0 && (
            <div className="utrecht-table-container utrecht-table-container--overflow-inline">
              <table className="utrecht-table utrecht-table--html-table" data-testid="presences">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {["Platform", "Status", "Sinds", "Tijdlijn", "Accounts", "Bron"].map((h) => (
                      <th key={h} className="utrecht-table__header-cell" scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {province.presences.map((p) => (
                    <tr key={p.id} className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="row">
                        <a
                          className="utrecht-link"
                          href={hrefFor(["overzicht", province.code, p.platform.slug], route.params)}
                        >
                          {p.platform.name}
                        </a>
                      </th>
                      <td className="utrecht-table__cell">
                        {p.status?.statusLabel ?? label("ComparisonStatus", "UNKNOWN")}
                      </td>
                      <td className="utrecht-table__cell">
                        {formatDate(p.status?.validFrom, p.status?.validFromPrecision)}
                      </td>
                      <td className="utrecht-table__cell">
                        <ol className="dash-timeline" aria-label={`Tijdlijn ${p.platform.name}`}>
                          {[...p.history].reverse().map((h) => (
                            <li key={h.id}>
                              <span className={`dash-cell dash-s-${h.status}`} aria-hidden="true">
                                {STATUS_LETTER[h.status]}
                              </span>{" "}
                              {h.statusLabel} vanaf {formatDate(h.validFrom, h.validFromPrecision)}
                              {laterThan(h.validFrom, asOf)}
                            </li>
                          ))}
                        </ol>
                      </td>
                      <td className="utrecht-table__cell">
                        {p.accounts.length === 0 ? "geen vastgelegd" : p.accounts.map((a) => a.handle).join(", ")}
                        {editable && (
                          <AccountsForm
                            provinceCode={province.code}
                            platformSlug={p.platform.slug}
                            platformName={p.platform.name}
                            accounts={p.accounts}
                            onSaved={refresh}
                          />
                        )}
                      </td>
                      <td className="utrecht-table__cell">
                        {p.status ? <SourceOf source={p.status.source} statedBy={p.status.statedBy} /> : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h2 className="utrecht-heading-2">Kaders</h2>
          {province.frameworkPositions.length === 0 ? (
            <p className="utrecht-paragraph">Geen standpunt vastgelegd op {formatDate(asOf)}.</p>
          ) : (
            <ul className="utrecht-unordered-list">
              {province.frameworkPositions.map((fp) => (
                <li key={fp.id} className="utrecht-unordered-list__item">
                  <strong>{fp.framework.shortName}</strong>: {fp.stanceLabel} sinds{" "}
                  {formatDate(fp.since, fp.sincePrecision)}
                  {fp.note ? ` — ${fp.note}` : ""} (bron: <SourceOf source={fp.source} statedBy={fp.statedBy} />)
                </li>
              ))}
            </ul>
          )}
          {editable && <PositionForm provinceCode={province.code} frameworks={data.frameworks} onSaved={refresh} />}

          <h2 className="utrecht-heading-2">Toetsingen</h2>
          {province.assessments.length === 0 && <p className="utrecht-paragraph">Geen toetsing vastgelegd.</p>}
          {province.assessments.map((a) => (
            <section
              key={a.id}
              className="dash-assessment"
              aria-label={`Toetsing van ${formatDate(a.heldOn, a.heldOnPrecision)}`}
            >
              <h3 className="utrecht-heading-3">
                {a.method} ({formatDate(a.heldOn, a.heldOnPrecision)}) — {label("AssessmentState", a.state)}
              </h3>
              <p className="utrecht-paragraph">
                {a.platform ? `Platform: ${a.platform.name}. ` : "Alle platforms. "}
                {a.publishedAt ? `Gepubliceerd ${formatInstant(a.publishedAt)}. ` : ""}
                {a.withdrawnAt ? `Ingetrokken ${formatInstant(a.withdrawnAt)}. ` : ""}
                Bron: <SourceOf source={a.source} statedBy={a.statedBy} />
              </p>
              {a.note && <p className="utrecht-paragraph">{a.note}</p>}
              <ul className="utrecht-unordered-list">
                {a.ratings.map((r) => (
                  <li key={r.id} className="utrecht-unordered-list__item">
                    {r.value.name}
                    {r.platform ? ` (${r.platform.name})` : ""}: <strong>{r.impactLabel}</strong> negatieve invloed
                    {r.rationale ? ` — ${r.rationale}` : ""}
                  </li>
                ))}
              </ul>
              {editable && <AssessmentActions assessment={a} values={data.values} onSaved={refresh} />}
            </section>
          ))}
          {editable && <AssessmentCreateForm provinceCode={province.code} onSaved={refresh} />}

          <h2 className="utrecht-heading-2">Exit- en entreecriteria</h2>
          <p className="utrecht-paragraph">
            Vergelijk alle provincies op de weergave{" "}
            <a className="utrecht-link" href={hrefFor(["exitcriteria"], route.params)}>
              Exitcriteria
            </a>
            .
          </p>
          {province.exitCriteria.length === 0 ? (
            <p className="utrecht-paragraph">Geen exit- of entreecriteria vastgelegd.</p>
          ) : (
            <div className="utrecht-table-container utrecht-table-container--overflow-inline">
              <table className="utrecht-table utrecht-table--html-table" data-testid="criteria">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {[
                      "Soort",
                      "Platform",
                      "Voorwaarde",
                      "Beschermde waarde",
                      "Laatste toetsing",
                      "Ingetrokken",
                      "Bron",
                    ].map((h) => (
                      <th key={h} className="utrecht-table__header-cell" scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {province.exitCriteria.map((c, i) => (
                    <tr key={c.id} className="utrecht-table__row">
                      <td className="utrecht-table__cell">{c.kindLabel}</td>
                      <td className="utrecht-table__cell">{c.platform?.name ?? "alle platforms"}</td>
                      <td className="utrecht-table__cell">
                        {c.description}
                        <span className="dash-since">
                          {" "}
                          (vastgesteld {formatDate(c.adoptedOn, c.adoptedOnPrecision)})
                        </span>
                        {editable && !c.retirement && (
                          <>
                            <CriterionReviewForm criterionId={c.id} index={i} onSaved={refresh} />
                            <CriterionRetireForm criterionId={c.id} index={i} onSaved={refresh} />
                          </>
                        )}
                      </td>
                      <td className="utrecht-table__cell">{c.protectedValue?.name ?? "geen genoemd"}</td>
                      <td className="utrecht-table__cell">
                        {c.latestReview ? (
                          <>
                            <strong>{c.latestReview.stateLabel}</strong>
                            {c.latestReview.reviewedOnBasis === "SOURCE_DATE"
                              ? ` volgens de bron van ${formatDate(c.latestReview.reviewedOn, c.latestReview.reviewedOnPrecision)}`
                              : ` op ${formatDate(c.latestReview.reviewedOn, c.latestReview.reviewedOnPrecision)}`}
                            {c.latestReview.note ? ` — ${c.latestReview.note}` : ""}
                          </>
                        ) : (
                          `geen toetsing tot ${formatDate(asOf)}`
                        )}
                      </td>
                      <td className="utrecht-table__cell">
                        {c.retirement
                          ? `per ${formatDate(c.retirement.retiredOn, c.retirement.retiredOnPrecision)}${c.retirement.reason ? ` — ${c.retirement.reason}` : ""}`
                          : "nee"}
                      </td>
                      <td className="utrecht-table__cell">
                        <SourceOf source={c.source} statedBy={c.statedBy} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {editable && (
            <CriterionAddForm
              provinceCode={province.code}
              platforms={data.platforms}
              values={data.values}
              onSaved={refresh}
            />
          )}
        </>
      )}
    </>
  );
}

import { useEffect } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { mayAdvise, useApp } from "../app-context";
import { AdviceStatusForm, CommitteeAdviceForm } from "../edit/CommitteeForms";
import { formatDate } from "../format";
import { hrefFor, type Route } from "../route";
import { CsvLink, DatePickers, Failure, Loading, SourceOf, datesOf } from "./common";

const FrameworksQuery = graphql(`
  query Frameworks($asOf: Date, $knownAt: DateTime) {
    frameworkMatrix(asOf: $asOf, knownAt: $knownAt) {
      asOf
      frameworks {
        status
        statusLabel
        framework {
          slug
          shortName
          title
          committeeAdvice
          issuer
          url
          summary
          publishedOn
          inForceOn
        }
        findings {
          id
          stage
          occurredOn
          topics
          fineEur
          summary
          platform {
            name
          }
          source {
            title
            url
          }
          statedBy
        }
      }
      rows {
        province {
          code
          name
        }
        cells {
          stance
          stanceLabel
          since
          sincePrecision
        }
      }
    }
  }
`);

/** The framework matrix and each framework's detail with its platform findings by stage and date. */
export function FrameworksView({ route }: { route: Route }) {
  const { label, liveVersion, viewer } = useApp();
  const { asOf, knownAt } = datesOf(route);
  const [result, reexecute] = useQuery({ query: FrameworksQuery, variables: { asOf, knownAt } });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  useEffect(() => {
    if (liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [liveVersion, reexecute]);
  const matrix = result.data?.frameworkMatrix;
  const chosenSlug = route.path[1];
  const chosen = matrix?.frameworks.find((f) => f.framework.slug === chosenSlug);
  return (
    <>
      <h1 className="utrecht-heading-1">Kaders: standpunten van de provincies</h1>
      <form className="dash-toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <DatePickers route={route} />
      </form>
      <p className="dash-actions">
        <CsvLink path="framework-matrix.csv" params={{ asOf, knownAt }} />
      </p>
      {result.error && <Failure error={result.error} />}
      {!matrix && <Loading what="De kaders" />}
      {matrix && (
        <>
          <div className="utrecht-table-container utrecht-table-container--overflow-inline">
            <table className="utrecht-table utrecht-table--html-table dash-frameworks">
              <caption className="utrecht-table__caption">Standpunt per provincie op {formatDate(matrix.asOf)}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Provincie
                  </th>
                  {matrix.frameworks.map((f) => (
                    <th key={f.framework.slug} className="utrecht-table__header-cell" scope="col">
                      <a className="utrecht-link" href={hrefFor(["kaders", f.framework.slug], route.params)}>
                        {f.framework.shortName}
                      </a>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {matrix.rows.map((row) => (
                  <tr key={row.province.code} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row">
                      {row.province.name}
                    </th>
                    {row.cells.map((c, i) => (
                      <td key={i} className={`utrecht-table__cell${c.stance === "UNKNOWN" ? " dash-muted" : ""}`}>
                        {c.stanceLabel}
                        {c.since ? (
                          <span className="dash-since"> sinds {formatDate(c.since, c.sincePrecision)}</span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {chosen && (
            <section className="dash-detail" aria-labelledby="framework-title">
              <h2 className="utrecht-heading-2" id="framework-title">
                {chosen.framework.title}
              </h2>
              <p className="utrecht-paragraph">
                {chosen.framework.issuer}. Status: {chosen.statusLabel}.
                {chosen.framework.publishedOn ? ` Gepubliceerd ${formatDate(chosen.framework.publishedOn)}.` : ""}
                {chosen.framework.inForceOn ? ` Van kracht sinds ${formatDate(chosen.framework.inForceOn)}.` : ""}
                {chosen.framework.url ? (
                  <>
                    {" "}
                    <a className="utrecht-link" href={chosen.framework.url} rel="noreferrer">
                      Naar de tekst
                    </a>
                  </>
                ) : null}
              </p>
              {chosen.framework.summary && <p className="utrecht-paragraph">{chosen.framework.summary}</p>}
              <h3 className="utrecht-heading-3">Bevindingen over platforms</h3>
              {chosen.findings.length === 0 ? (
                <p className="utrecht-paragraph">Geen bevindingen vastgelegd tot {formatDate(matrix.asOf)}.</p>
              ) : (
                <ol className="utrecht-ordered-list">
                  {chosen.findings.map((f) => (
                    <li key={f.id} className="utrecht-ordered-list__item">
                      {formatDate(f.occurredOn)}: <strong>{f.platform.name}</strong> — {label("FindingStage", f.stage)}
                      {f.topics.length ? ` (${f.topics.map((t) => label("FindingTopic", t)).join(", ")})` : ""}
                      {f.fineEur ? `, boete € ${f.fineEur.toLocaleString("nl-NL")}` : ""}
                      {f.summary ? `. ${f.summary}` : ""} (bron: <SourceOf source={f.source} statedBy={f.statedBy} />)
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
          <h2 className="utrecht-heading-2">De kaders</h2>
          <ul className="utrecht-unordered-list">
            {matrix.frameworks.map((f) => (
              <li key={f.framework.slug} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={hrefFor(["kaders", f.framework.slug], route.params)}>
                  {f.framework.title}
                </a>{" "}
                — {f.statusLabel}, {f.findings.length} bevinding{f.findings.length === 1 ? "" : "en"}
              </li>
            ))}
          </ul>
          {mayAdvise(viewer) && (
            <section aria-labelledby="committee-advice-title">
              <h2 className="utrecht-heading-2" id="committee-advice-title">
                Advies van de interprovinciale ethische commissie
              </h2>
              <p className="utrecht-paragraph">
                Een advies is een interprovinciaal kader met de commissie als uitgever; de provincies leggen er daarna
                hun standpunt over vast (weergave Provincie).
              </p>
              <CommitteeAdviceForm onSaved={refresh} />
              <AdviceStatusForm
                advices={matrix.frameworks.filter((f) => f.framework.committeeAdvice).map((f) => f.framework)}
                onSaved={refresh}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}

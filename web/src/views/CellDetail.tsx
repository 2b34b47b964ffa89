import { useEffect, useRef } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { mayEdit, useApp } from "../app-context";
import { formatBoolean, formatDate, formatInstant, laterThan } from "../format";
import { Failure, Loading, SourceOf } from "./common";
import { StatusForm } from "../edit/StatusForm";

const CellDetailQuery = graphql(`
  query CellDetail($code: String!, $asOf: Date, $knownAt: DateTime) {
    province(code: $code) {
      code
      name
      presences {
        id
        platform {
          slug
          name
        }
        latestRecorded {
          id
        }
        status(asOf: $asOf, knownAt: $knownAt) {
          ...SnapshotFields
        }
        history(first: 20) {
          ...SnapshotFields
        }
      }
    }
    platforms {
      slug
      name
    }
  }

  fragment SnapshotFields on PlatformStatus {
    id
    status
    statusLabel
    validFrom
    validFromBasis
    validFromPrecision
    recordedAt
    recordedBy
    reason
    commentsEnabled
    engagement
    purposes
    paidContent
    statedBy
    source {
      title
      url
      publisher
    }
  }
`);

/** A cell's detail: status, reason, valid from, recorded at and by, the source, and the presence's history. */
export function CellDetail(props: { code: string; platform: string; asOf: string; knownAt?: string; onClose(): void }) {
  const { label, viewer, liveVersion } = useApp();
  const [result, reexecute] = useQuery({
    query: CellDetailQuery,
    variables: { code: props.code, asOf: props.asOf, knownAt: props.knownAt },
  });
  useEffect(() => {
    if (liveVersion) reexecute({ requestPolicy: "network-only" });
  }, [liveVersion, reexecute]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [props.code, props.platform]);
  const province = result.data?.province;
  const platformName = result.data?.platforms.find((p) => p.slug === props.platform)?.name ?? props.platform;
  const presence = province?.presences.find((p) => p.platform.slug === props.platform);
  const now = presence?.status;
  return (
    <section className="dash-detail" aria-labelledby="detail-title">
      <h2 className="utrecht-heading-2" id="detail-title" tabIndex={-1} ref={heading}>
        {province ? `${province.name} op ${platformName}` : "Details"}
      </h2>
      {result.error && <Failure error={result.error} />}
      {!result.data && <Loading what="De details" />}
      {result.data && !province && <p className="utrecht-paragraph">Deze provincie bestaat niet.</p>}
      {province && (
        <>
          {now ? (
            <dl className="utrecht-data-list utrecht-data-list--rows dash-dl">
              <dt>Status</dt>
              <dd data-testid="detail-status">{now.statusLabel}</dd>
              <dt>Geldig vanaf</dt>
              <dd>
                {formatDate(now.validFrom, now.validFromPrecision)} ({label("DateBasis", now.validFromBasis)})
              </dd>
              <dt>Reden</dt>
              <dd>{now.reason ?? "geen reden vastgelegd"}</dd>
              <dt>Reacties aan</dt>
              <dd>{formatBoolean(now.commentsEnabled)}</dd>
              <dt>Vastgelegd op</dt>
              <dd>
                {formatInstant(now.recordedAt)} door {now.recordedBy}
              </dd>
              <dt>Bron</dt>
              <dd data-testid="detail-source">
                <SourceOf source={now.source} statedBy={now.statedBy} />
              </dd>
            </dl>
          ) : (
            <p className="utrecht-paragraph" data-testid="detail-status">
              Onbekend: voor {formatDate(props.asOf)} is niets vastgelegd.
            </p>
          )}
          {presence && presence.history.length > 0 && (
            <>
              <h3 className="utrecht-heading-3">Geschiedenis</h3>
              <ol className="utrecht-ordered-list dash-history">
                {presence.history.map((h) => {
                  const corrected = presence.history.some(
                    (o) => o.id !== h.id && o.validFrom === h.validFrom && o.recordedAt < h.recordedAt,
                  );
                  return (
                    <li key={h.id} className="utrecht-ordered-list__item">
                      <strong>{h.statusLabel}</strong> vanaf {formatDate(h.validFrom, h.validFromPrecision)}
                      {corrected ? " (correctie)" : ""}
                      {laterThan(h.validFrom, props.asOf)} — vastgelegd {formatInstant(h.recordedAt)} door{" "}
                      {h.recordedBy}; bron: <SourceOf source={h.source} statedBy={h.statedBy} />
                      {h.reason ? <span className="dash-reason"> — {h.reason}</span> : null}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
          {mayEdit(viewer, province.code) && (
            <StatusForm
              provinceCode={province.code}
              platformSlug={props.platform}
              platformName={platformName}
              latestRecordedId={presence?.latestRecorded?.id ?? null}
              onSaved={() => reexecute({ requestPolicy: "network-only" })}
            />
          )}
        </>
      )}
      <p>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={props.onClose}>
          Details sluiten
        </button>
      </p>
    </section>
  );
}

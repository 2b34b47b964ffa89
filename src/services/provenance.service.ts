import type { EntityManager } from "typeorm";
import type { Context } from "../request/context";
import { Source } from "../entities";
import { SourceKind } from "../domain/enums";
import { ErrorCode, userError } from "../errors/error-codes";
import type { ProvenanceInput } from "../schema/inputs/provenance.input";

/** Where a written fact comes from, as stored beside it: a cited source, or the client whose own statement it is. */
export interface Provenance {
  sourceId: number | null;
  statedById: number | null;
}

/** The input of a write that records a fact: `provenance`, or (deprecated) a bare `sourceSlug`. */
export interface ProvenanceCarrier {
  provenance?: ProvenanceInput | null;
  sourceSlug?: string | null;
}

/** What a write without provenance records: nothing (writes that record no fact). */
export const NO_PROVENANCE: Provenance = { sourceId: null, statedById: null };

const FIELD = ["input", "provenance"];

/**
 * The rule "every fact written names where it comes from" (issue 10), applied by the write frame
 * (`WriteService.run` with `provenance: true`) so no mutation repeats it: exactly one of an existing source, a new
 * source named inline, or the writer's own statement. The deprecated `sourceSlug` of the older inputs counts as
 * `provenance.sourceSlug`. A write without provenance is refused with INVALID on `["input", "provenance"]`.
 */
export class ProvenanceService {
  /** The form of the provenance, checked before any SQL (INVALID userError when missing, empty or ambiguous). */
  static check(input: ProvenanceCarrier): void {
    const p = input.provenance;
    const legacy = input.sourceSlug ?? null;
    if (p && legacy !== null) {
      throw userError(ErrorCode.INVALID, ["input", "sourceSlug"], "Give the source in `provenance` only.");
    }
    if (!p && legacy !== null) return;
    const given = p ? [p.sourceSlug != null, p.newSource != null, p.ownStatement === true].filter(Boolean).length : 0;
    if (given !== 1) {
      throw userError(
        ErrorCode.INVALID,
        FIELD,
        given === 0
          ? "Say where the fact comes from: `provenance` with `sourceSlug`, `newSource` or `ownStatement: true`."
          : "Give exactly one of `sourceSlug`, `newSource` and `ownStatement`.",
      );
    }
    if (p?.ownStatement === false) {
      throw userError(ErrorCode.INVALID, [...FIELD, "ownStatement"], "`ownStatement` is true or left out.");
    }
  }

  /**
   * The provenance as stored, inside the write's transaction: the existing source (NOT_FOUND when the slug names
   * none), the new source (inserted; an identical source under the same slug is reused, a different one is CONFLICT),
   * or the writing client.
   */
  static async resolve(em: EntityManager, ctx: Context, input: ProvenanceCarrier): Promise<Provenance> {
    const p = input.provenance;
    if (!p) return { sourceId: await existingSource(em, input.sourceSlug!, ["input", "sourceSlug"]), statedById: null };
    if (p.sourceSlug != null)
      return { sourceId: await existingSource(em, p.sourceSlug, [...FIELD, "sourceSlug"]), statedById: null };
    if (p.newSource) {
      const n = p.newSource;
      const fields = {
        title: n.title.trim(),
        publisher: n.publisher.trim(),
        url: n.url ?? null,
        publishedOn: n.publishedOn ?? null,
        kind: n.kind ?? SourceKind.OTHER,
      };
      const slug = n.slug ?? deriveSlug(fields.title, fields.publishedOn);
      const existing = await em.findOneBy(Source, { slug });
      if (existing) {
        const same = (Object.keys(fields) as Array<keyof typeof fields>).every((k) => existing[k] === fields[k]);
        if (same) return { sourceId: existing.id, statedById: null };
        throw userError(
          ErrorCode.CONFLICT,
          [...FIELD, "newSource", "slug"],
          `Another source has the slug ${JSON.stringify(slug)}; cite it with \`sourceSlug\` or give a different \`slug\`.`,
        );
      }
      const saved = await em.save(em.create(Source, { ...fields, slug, note: null }));
      return { sourceId: saved.id, statedById: null };
    }
    const client = ctx.viewer.client;
    if (!client)
      throw userError(ErrorCode.INVALID, [...FIELD, "ownStatement"], "An own statement needs an API client.");
    return { sourceId: null, statedById: client.id };
  }
}

async function existingSource(em: EntityManager, slug: string, field: string[]): Promise<number> {
  const source = await em.findOneBy(Source, { slug });
  if (!source)
    throw userError(ErrorCode.NOT_FOUND, field, `No source with slug ${JSON.stringify(slug)} (see \`sources\`).`);
  return source.id;
}

/** `Nieuws over X!` of 2025-06-01 → `nieuws-over-x-2025-06-01` (accents dropped; at most 80 characters). */
export function deriveSlug(title: string, publishedOn: string | null): string {
  const base = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "bron"}-${publishedOn ?? "ongedateerd"}`;
}

import type { EntityManager } from "typeorm";
import type { Context } from "../request/context";
import { Framework, Platform, PlatformFinding, Source, Value } from "../entities";
import { requireAdmin } from "../auth/access";
import { ErrorCode, userError } from "../errors/error-codes";
import type {
  UpsertFrameworkInput,
  UpsertPlatformFindingInput,
  UpsertPlatformInput,
  UpsertSourceInput,
  UpsertValueInput,
} from "../schema/inputs/reference-write.input";
import { WriteService, findFramework, findPlatform, findSourceId, type Payload } from "./write.service";

/** Only the keys whose value was given (omitted optional fields keep their stored value; explicit null clears). */
function given<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * ADMIN-only upserts of reference data by natural key, each in one transaction with its audit event
 * (action `upsertPlatform` etc., `before` null for an insert).
 */
export class ReferenceWriteService {
  static async upsertPlatform(ctx: Context, input: UpsertPlatformInput): Promise<Payload<"platform", Platform>> {
    requireAdmin(ctx.viewer, "write reference data");
    return WriteService.run(ctx, input, { action: "upsertPlatform", payload: "platform" }, async (em) => {
      const existing = await em
        .getRepository(Platform)
        .createQueryBuilder("p")
        .setLock("for_no_key_update")
        .where("p.slug = :slug", { slug: input.slug })
        .getOne();
      const dsaSourceId =
        input.dsaSourceSlug === undefined
          ? undefined
          : await findSourceId(em, input.dsaSourceSlug, ["input", "dsaSourceSlug"]);
      const { dsaSourceSlug: _ignored, ...fields } = input;
      const merged = em.create(Platform, {
        operator: null,
        jurisdiction: null,
        model: null,
        dsaDesignation: null,
        dsaDesignatedOn: null,
        dsaSourceId: null,
        ...(existing ?? {}),
        ...given({ ...fields, dsaSourceId }),
      });
      if ((merged.dsaDesignation === null) !== (merged.dsaDesignatedOn === null)) {
        throw userError(
          ErrorCode.INVALID,
          ["input", "dsaDesignatedOn"],
          "Give `dsaDesignation` and `dsaDesignatedOn` together (or neither).",
        );
      }
      const saved = await em.save(Platform, merged);
      return { row: { type: Platform, id: saved.id }, before: existing };
    });
  }

  static async upsertFramework(ctx: Context, input: UpsertFrameworkInput): Promise<Payload<"framework", Framework>> {
    requireAdmin(ctx.viewer, "write reference data");
    return WriteService.run(
      ctx,
      input,
      { action: "upsertFramework", payload: "framework", provenance: true },
      async (em, provenance) => {
        const existing = await em
          .getRepository(Framework)
          .createQueryBuilder("f")
          .setLock("for_no_key_update")
          .where("f.slug = :slug", { slug: input.slug })
          .getOne();
        const platformIds: number[] | undefined =
          input.platformSlugs === undefined || input.platformSlugs === null ? undefined : [];
        for (const [i, slug] of (input.platformSlugs ?? []).entries()) {
          platformIds?.push((await findPlatform(em, slug, ["input", "platformSlugs", String(i)])).id);
        }
        const { sourceSlug: _s, platformSlugs: _p, provenance: _v, ...fields } = input;
        const beforePlatforms = existing ? await platformIdsOf(em, existing.id) : [];
        const saved = await em.save(
          Framework,
          em.create(Framework, {
            publishedOn: null,
            inForceOn: null,
            url: null,
            summary: null,
            ...(existing ?? {}),
            ...given(fields),
            ...provenance,
          }),
        );
        if (platformIds) {
          await em.query(`DELETE FROM framework_platform WHERE framework_id = $1`, [saved.id]);
          if (platformIds.length > 0) {
            await em.query(`INSERT INTO framework_platform (framework_id, platform_id) SELECT $1, unnest($2::int[])`, [
              saved.id,
              platformIds,
            ]);
          }
        }
        return {
          row: { type: Framework, id: saved.id },
          before: existing,
          audit: {
            before: { platformIds: beforePlatforms },
            after: { platformIds: await platformIdsOf(em, saved.id) },
          },
        };
      },
    );
  }

  static async upsertPlatformFinding(
    ctx: Context,
    input: UpsertPlatformFindingInput,
  ): Promise<Payload<"platformFinding", PlatformFinding>> {
    requireAdmin(ctx.viewer, "write reference data");
    return WriteService.run(
      ctx,
      input,
      { action: "upsertPlatformFinding", payload: "platformFinding", provenance: true },
      async (em, provenance) => {
        const framework = await findFramework(em, input.frameworkSlug, ["input", "frameworkSlug"]);
        const platform = await findPlatform(em, input.platformSlug, ["input", "platformSlug"]);
        const key = {
          frameworkId: framework.id,
          platformId: platform.id,
          stage: input.stage,
          occurredOn: input.occurredOn,
        };
        const existing = await em
          .getRepository(PlatformFinding)
          .createQueryBuilder("f")
          .setLock("for_no_key_update")
          .where(
            "f.framework_id = :frameworkId AND f.platform_id = :platformId AND f.stage = :stage AND f.occurred_on = :occurredOn",
            key,
          )
          .getOne();
        const saved = await em.save(
          PlatformFinding,
          em.create(PlatformFinding, {
            topics: [],
            summary: null,
            ...(existing ?? {}),
            ...key,
            ...given({ topics: input.topics ?? undefined, summary: input.summary }),
            ...provenance,
          }),
        );
        return {
          row: { type: PlatformFinding, id: saved.id },
          before: existing,
          audit: { after: { framework: framework.slug, platform: platform.slug } },
        };
      },
    );
  }

  static async upsertValue(ctx: Context, input: UpsertValueInput): Promise<Payload<"value", Value>> {
    requireAdmin(ctx.viewer, "write reference data");
    return WriteService.run(ctx, input, { action: "upsertValue", payload: "value" }, async (em) => {
      const existing = await em
        .getRepository(Value)
        .createQueryBuilder("v")
        .setLock("for_no_key_update")
        .where("v.slug = :slug", { slug: input.slug })
        .getOne();
      // Names are one value whatever their case, accents or spacing (the database's `name_key`, migration OneSpelling).
      const sameName = await em
        .getRepository(Value)
        .createQueryBuilder("v")
        .where("name_key(v.name) = name_key(:name)", { name: input.name })
        .getOne();
      if (sameName && sameName.slug !== input.slug) {
        throw userError(
          ErrorCode.CONFLICT,
          ["input", "name"],
          `Value ${JSON.stringify(sameName.slug)} already has this name.`,
        );
      }
      const saved = await em.save(
        Value,
        em.create(Value, { description: null, ...(existing ?? {}), ...given({ ...input }) }),
      );
      return { row: { type: Value, id: saved.id }, before: existing };
    });
  }

  static async upsertSource(ctx: Context, input: UpsertSourceInput): Promise<Payload<"source", Source>> {
    requireAdmin(ctx.viewer, "write reference data");
    return WriteService.run(ctx, input, { action: "upsertSource", payload: "source" }, async (em) => {
      const existing = await em
        .getRepository(Source)
        .createQueryBuilder("s")
        .setLock("for_no_key_update")
        .where("s.slug = :slug", { slug: input.slug })
        .getOne();
      const saved = await em.save(
        Source,
        em.create(Source, { url: null, publishedOn: null, note: null, ...(existing ?? {}), ...given({ ...input }) }),
      );
      return { row: { type: Source, id: saved.id }, before: existing };
    });
  }
}

async function platformIdsOf(em: EntityManager, frameworkId: number): Promise<number[]> {
  const rows: Array<{ platform_id: number }> = await em.query(
    `SELECT platform_id FROM framework_platform WHERE framework_id = $1 ORDER BY platform_id`,
    [frameworkId],
  );
  return rows.map((r) => r.platform_id);
}

import type { EntityManager } from "typeorm";
import type { Context } from "../request/context";
import { Development, Framework } from "../entities";
import { DateBasis, DatePrecision, FrameworkKind, FrameworkLevel, FrameworkStatus } from "../domain/enums";
import { ErrorCode, userError } from "../errors/error-codes";
import { requireCommitteeAdvice, requireCommitteeWriter, requireDevelopmentWriter } from "../auth/access";
import type {
  SetCommitteeAdviceStatusInput,
  UpsertCommitteeAdviceInput,
  UpsertDevelopmentInput,
} from "../schema/inputs/interprovincial-write.input";
import { WriteService, findPlatform, findProvince, type Payload } from "./write.service";

/** The issuer of every committee advice (`Framework.issuer`). */
export const ETHICS_COMMITTEE_ISSUER = "Interprovinciale ethische commissie (IPO)";

/**
 * Where a committee advice may go from each status (issue 16): prepared, announced, published, in force; not
 * delivered or withdrawn end it. Any other step is CONFLICT.
 */
const NEXT: Record<FrameworkStatus, FrameworkStatus[]> = {
  [FrameworkStatus.IN_PREPARATION]: [
    FrameworkStatus.ANNOUNCED,
    FrameworkStatus.PUBLISHED,
    FrameworkStatus.NOT_DELIVERED,
    FrameworkStatus.WITHDRAWN,
  ],
  [FrameworkStatus.ANNOUNCED]: [FrameworkStatus.PUBLISHED, FrameworkStatus.NOT_DELIVERED, FrameworkStatus.WITHDRAWN],
  [FrameworkStatus.PUBLISHED]: [FrameworkStatus.IN_FORCE, FrameworkStatus.WITHDRAWN],
  [FrameworkStatus.IN_FORCE]: [FrameworkStatus.WITHDRAWN],
  [FrameworkStatus.NOT_DELIVERED]: [],
  [FrameworkStatus.WITHDRAWN]: [],
};

/**
 * The writes of IPO and its interprovincial ethics committee (issue 16), through the write frame like every write:
 * developments (IPO_ANALYST, ETHICS_COMMITTEE, ADMIN) and the committee's own advice as an interprovincial framework
 * (ETHICS_COMMITTEE, ADMIN; the committee only its own advices). Provinces then take a position on an advice with
 * `setFrameworkPosition`.
 */
export class InterprovincialWriteService {
  /**
   * Creates or corrects a development by slug (locked FOR NO KEY UPDATE while written). Omitted optional fields keep
   * their value, null clears; `provinceCodes` replaces the provinces involved when given.
   */
  static async upsertDevelopment(
    ctx: Context,
    input: UpsertDevelopmentInput,
  ): Promise<Payload<"development", Development>> {
    requireDevelopmentWriter(ctx.viewer);
    const write = { action: "upsertDevelopment", payload: "development", provenance: true } as const;
    return WriteService.run(ctx, input, write, async (em, provenance) => {
      const provinceIds: number[] = [];
      for (const [i, code] of (input.provinceCodes ?? []).entries()) {
        const id = (await findProvince(em, code, ["input", "provinceCodes", String(i)])).id;
        if (provinceIds.includes(id)) {
          throw userError(ErrorCode.INVALID, ["input", "provinceCodes", String(i)], "Names a province already named.");
        }
        provinceIds.push(id);
      }
      const existing = await em
        .getRepository(Development)
        .createQueryBuilder("d")
        .setLock("for_no_key_update")
        .where("d.slug = :slug", { slug: input.slug })
        .getOne();
      const date =
        input.occurredOn === undefined
          ? existing
            ? {}
            : { occurredOn: null, occurredOnBasis: null, occurredOnPrecision: null }
          : input.occurredOn === null
            ? { occurredOn: null, occurredOnBasis: null, occurredOnPrecision: null }
            : {
                occurredOn: input.occurredOn,
                occurredOnBasis: input.occurredOnBasis ?? DateBasis.EXACT,
                occurredOnPrecision: input.occurredOnPrecision ?? DatePrecision.DAY,
              };
      const before = existing ? await provinceCodesOf(em, existing.id) : [];
      const saved = await em.save(
        Development,
        em.create(Development, {
          ...(existing ?? {}),
          slug: input.slug,
          title: input.title.trim(),
          description: input.description.trim(),
          ...date,
          ...provenance,
        }),
      );
      if (input.provinceCodes !== undefined && input.provinceCodes !== null) {
        if (existing) await em.query(`DELETE FROM development_province WHERE development_id = $1`, [saved.id]);
        if (provinceIds.length > 0) {
          await em.query(
            `INSERT INTO development_province (development_id, province_id) SELECT $1, unnest($2::int[])`,
            [saved.id, provinceIds],
          );
        }
      }
      return {
        row: { type: Development, id: saved.id },
        before: existing,
        audit: {
          before: existing ? { provinces: before } : undefined,
          after: { provinces: await provinceCodesOf(em, saved.id) },
        },
      };
    });
  }

  /**
   * Creates (IN_PREPARATION) or corrects an advice of the ethics committee: a framework with level INTERPROVINCIAL,
   * kind ADVICE, issuer the committee and `committeeAdvice`. A slug that names another framework is FORBIDDEN for the
   * committee (not its own) and CONFLICT for ADMIN (use `upsertFramework`).
   */
  static async upsertCommitteeAdvice(
    ctx: Context,
    input: UpsertCommitteeAdviceInput,
  ): Promise<Payload<"framework", Framework>> {
    requireCommitteeWriter(ctx.viewer);
    const write = { action: "upsertCommitteeAdvice", payload: "framework", provenance: true } as const;
    return WriteService.run(ctx, input, write, async (em, provenance) => {
      const existing = await lockFramework(em, input.slug);
      if (existing) ensureAdvice(ctx, existing, ["input", "slug"]);
      const platformIds: number[] | undefined = input.platformSlugs == null ? undefined : [];
      for (const [i, slug] of (input.platformSlugs ?? []).entries()) {
        platformIds?.push((await findPlatform(em, slug, ["input", "platformSlugs", String(i)])).id);
      }
      const beforePlatforms = existing ? await platformIdsOf(em, existing.id) : [];
      const optional = Object.fromEntries(
        (["url", "summary"] as const)
          .filter((k) => input[k] !== undefined)
          .map((k) => [k, input[k] === null ? null : input[k]!.trim()]),
      );
      const saved = await em.save(
        Framework,
        em.create(Framework, {
          publishedOn: null,
          inForceOn: null,
          url: null,
          summary: null,
          status: FrameworkStatus.IN_PREPARATION,
          ...(existing ?? {}),
          slug: input.slug,
          shortName: input.shortName.trim(),
          title: input.title.trim(),
          issuer: ETHICS_COMMITTEE_ISSUER,
          level: FrameworkLevel.INTERPROVINCIAL,
          kind: FrameworkKind.ADVICE,
          committeeAdvice: true,
          ...optional,
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
    });
  }

  /**
   * Moves a committee advice one step in its life cycle (`NEXT`); PUBLISHED stores `on` as `publishedOn`, IN_FORCE as
   * `inForceOn`. A state change of an advice already sourced: no provenance of its own (like `publishAssessment`).
   */
  static async setCommitteeAdviceStatus(
    ctx: Context,
    input: SetCommitteeAdviceStatusInput,
  ): Promise<Payload<"framework", Framework>> {
    requireCommitteeWriter(ctx.viewer);
    const write = { action: "setCommitteeAdviceStatus", payload: "framework" } as const;
    return WriteService.run(ctx, input, write, async (em) => {
      const framework = await lockFramework(em, input.frameworkSlug);
      if (!framework) {
        throw userError(
          ErrorCode.NOT_FOUND,
          ["input", "frameworkSlug"],
          `No framework with slug ${JSON.stringify(input.frameworkSlug)}.`,
        );
      }
      ensureAdvice(ctx, framework, ["input", "frameworkSlug"]);
      if (!NEXT[framework.status].includes(input.status)) {
        const allowed = NEXT[framework.status];
        throw userError(
          ErrorCode.CONFLICT,
          ["input", "status"],
          `The advice is ${framework.status}; it can move to ${allowed.length > 0 ? allowed.join(", ") : "no other status"}, not ${input.status}.`,
        );
      }
      const dated = input.status === FrameworkStatus.PUBLISHED || input.status === FrameworkStatus.IN_FORCE;
      if (dated && !input.on) {
        throw userError(
          ErrorCode.INVALID,
          ["input", "on"],
          `on is required for ${input.status} (the date of the step).`,
        );
      }
      const dates =
        input.status === FrameworkStatus.PUBLISHED
          ? { publishedOn: input.on! }
          : input.status === FrameworkStatus.IN_FORCE
            ? { inForceOn: input.on! }
            : {};
      await em
        .createQueryBuilder()
        .update(Framework)
        .set({ status: input.status, ...dates })
        .where("id = :id", { id: framework.id })
        .execute();
      return { row: { type: Framework, id: framework.id }, before: framework };
    });
  }
}

function lockFramework(em: EntityManager, slug: string): Promise<Framework | null> {
  return em
    .getRepository(Framework)
    .createQueryBuilder("f")
    .setLock("for_no_key_update")
    .where("f.slug = :slug", { slug })
    .getOne();
}

/** The framework must be a committee advice: FORBIDDEN for the committee (not its own), CONFLICT for ADMIN. */
function ensureAdvice(ctx: Context, framework: Framework, field: string[]): void {
  requireCommitteeAdvice(ctx.viewer, framework);
  if (!framework.committeeAdvice) {
    throw userError(
      ErrorCode.CONFLICT,
      field,
      `${framework.slug} is a framework of ${framework.issuer}, not an advice of the ethics committee; use upsertFramework for it.`,
    );
  }
}

async function platformIdsOf(em: EntityManager, frameworkId: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await em.query(
    `SELECT platform_id AS id FROM framework_platform WHERE framework_id = $1 ORDER BY platform_id`,
    [frameworkId],
  );
  return rows.map((r) => r.id);
}

async function provinceCodesOf(em: EntityManager, developmentId: number): Promise<string[]> {
  const rows: Array<{ code: string }> = await em.query(
    `SELECT p.code FROM development_province dp JOIN province p ON p.id = dp.province_id WHERE dp.development_id = $1 ORDER BY p.code`,
    [developmentId],
  );
  return rows.map((r) => r.code);
}

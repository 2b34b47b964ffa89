import type { EntityManager } from "typeorm";
import type { Context } from "../request/context";
import { ExitCriterion, ExitCriterionRetirement, ExitCriterionReview } from "../entities";
import { DateBasis, DatePrecision } from "../domain/enums";
import { ErrorCode, userError } from "../errors/error-codes";
import { requireProvinceWriter, requireProvinceWriterByCode, requireRecordWriter } from "../auth/access";
import type {
  AddExitCriterionInput,
  RetireExitCriterionInput,
  ReviewExitCriterionInput,
} from "../schema/inputs/record-write.input";
import { WRITE_CLOCK } from "../db/write-clock";
import { WriteService, decodeId, findPlatform, findProvince, findValue, type Payload } from "./write.service";

/**
 * Exit and entry criteria as living records (issue 16): a province's records, so PROVINCE_EDITOR of that province or
 * ADMIN, through the write frame (validation, provenance, one transaction, audit, idempotency, after-commit hooks).
 * Nothing is ever updated: a criterion, each review and a retirement are rows of append-only tables (database
 * triggers), with valid dates (`adoptedOn`, `reviewedOn`, `retiredOn`, each with basis and precision) and recorded
 * times from the register clock, so `knownAt` replays them.
 */
export class CriterionWriteService {
  /** Adds a criterion and its first review (on `adoptedOn`, in the state given), both citing the provenance. */
  static async addExitCriterion(
    ctx: Context,
    input: AddExitCriterionInput,
  ): Promise<Payload<"criterion", ExitCriterion>> {
    requireProvinceWriterByCode(ctx.viewer, input.provinceCode);
    const write = { action: "addExitCriterion", payload: "criterion", provenance: true } as const;
    return WriteService.run(ctx, input, write, async (em, provenance) => {
      const province = await findProvince(em, input.provinceCode, ["input", "provinceCode"]);
      requireProvinceWriter(ctx.viewer, province.id);
      const platform = input.platformSlug
        ? await findPlatform(em, input.platformSlug, ["input", "platformSlug"])
        : null;
      const value = input.protectedValueSlug
        ? await findValue(em, input.protectedValueSlug, ["input", "protectedValueSlug"])
        : null;
      const basis = input.adoptedOnBasis ?? DateBasis.EXACT;
      const precision = input.adoptedOnPrecision ?? DatePrecision.DAY;
      const recordedById = ctx.viewer.client?.id ?? null;
      const { id: criterionId, recordedAt } = await insertReturning(em, ExitCriterion, {
        provinceId: province.id,
        platformId: platform?.id ?? null,
        kind: input.kind,
        description: input.description.trim(),
        valueId: value?.id ?? null,
        adoptedOn: input.adoptedOn,
        adoptedOnBasis: basis,
        adoptedOnPrecision: precision,
        ...provenance,
        recordedAt: () => WRITE_CLOCK,
        recordedById,
      });
      // The first review is recorded at the criterion's own instant: no `knownAt` sees one without the other.
      const { id: reviewId } = await insertReturning(em, ExitCriterionReview, {
        criterionId,
        state: input.state,
        reviewedOn: input.adoptedOn,
        reviewedOnBasis: basis,
        reviewedOnPrecision: precision,
        note: input.note?.trim() ?? null,
        ...provenance,
        recordedAt,
        recordedById,
      });
      const review = await em.findOneByOrFail(ExitCriterionReview, { id: reviewId });
      return {
        row: { type: ExitCriterion, id: criterionId },
        before: null,
        audit: {
          after: {
            province: province.code,
            platform: platform?.slug ?? null,
            protectedValue: value?.slug ?? null,
            firstReview: { id: review.globalId, state: review.state, reviewedOn: review.reviewedOn, note: review.note },
          },
        },
      };
    });
  }

  /**
   * Appends a dated review. The criterion is locked (FOR NO KEY UPDATE) so that concurrent reviews of one criterion
   * run one after the other and each audits the one it follows. A review before `adoptedOn`, or on or after the
   * criterion's retirement, is refused.
   */
  static async reviewExitCriterion(
    ctx: Context,
    input: ReviewExitCriterionInput,
  ): Promise<Payload<"review", ExitCriterionReview>> {
    requireRecordWriter(ctx.viewer);
    const write = { action: "reviewExitCriterion", payload: "review", provenance: true } as const;
    return WriteService.run(ctx, input, write, async (em, provenance) => {
      const criterion = await lockCriterion(em, input.criterionId, ctx);
      if (input.reviewedOn < criterion.adoptedOn) {
        throw userError(
          ErrorCode.INVALID,
          ["input", "reviewedOn"],
          `reviewedOn must not be before the criterion's adoptedOn (${criterion.adoptedOn}).`,
        );
      }
      const retirement = await em.findOneBy(ExitCriterionRetirement, { criterionId: criterion.id });
      if (retirement && input.reviewedOn >= retirement.retiredOn) {
        throw userError(
          ErrorCode.CONFLICT,
          ["input", "reviewedOn"],
          `The criterion is retired from ${retirement.retiredOn}; only reviews before that date can be recorded.`,
        );
      }
      const previous = await em
        .getRepository(ExitCriterionReview)
        .createQueryBuilder("r")
        .where("r.criterion_id = :id", { id: criterion.id })
        .orderBy("r.recorded_at", "DESC")
        .addOrderBy("r.id", "DESC")
        .getOne();
      const { id } = await insertReturning(em, ExitCriterionReview, {
        criterionId: criterion.id,
        state: input.state,
        reviewedOn: input.reviewedOn,
        reviewedOnBasis: input.reviewedOnBasis ?? DateBasis.EXACT,
        reviewedOnPrecision: input.reviewedOnPrecision ?? DatePrecision.DAY,
        note: input.note?.trim() ?? null,
        ...provenance,
        recordedAt: () => WRITE_CLOCK,
        recordedById: ctx.viewer.client?.id ?? null,
      });
      return {
        row: { type: ExitCriterionReview, id },
        before: previous,
        audit: { after: { criterion: criterion.globalId } },
      };
    });
  }

  /** Retires a criterion from a date on (after its `adoptedOn`); CONFLICT when it is already retired. */
  static async retireExitCriterion(
    ctx: Context,
    input: RetireExitCriterionInput,
  ): Promise<Payload<"retirement", ExitCriterionRetirement>> {
    requireRecordWriter(ctx.viewer);
    const write = { action: "retireExitCriterion", payload: "retirement", provenance: true } as const;
    return WriteService.run(ctx, input, write, async (em, provenance) => {
      const criterion = await lockCriterion(em, input.criterionId, ctx);
      if (input.retiredOn <= criterion.adoptedOn) {
        throw userError(
          ErrorCode.INVALID,
          ["input", "retiredOn"],
          `retiredOn must be after the criterion's adoptedOn (${criterion.adoptedOn}).`,
        );
      }
      const existing = await em.findOneBy(ExitCriterionRetirement, { criterionId: criterion.id });
      if (existing) {
        throw userError(
          ErrorCode.CONFLICT,
          ["input", "criterionId"],
          `The criterion is already retired (from ${existing.retiredOn}, retirement ${existing.globalId}).`,
        );
      }
      const { id } = await insertReturning(em, ExitCriterionRetirement, {
        criterionId: criterion.id,
        retiredOn: input.retiredOn,
        retiredOnBasis: input.retiredOnBasis ?? DateBasis.EXACT,
        retiredOnPrecision: input.retiredOnPrecision ?? DatePrecision.DAY,
        reason: input.reason?.trim() ?? null,
        ...provenance,
        recordedAt: () => WRITE_CLOCK,
        recordedById: ctx.viewer.client?.id ?? null,
      });
      return {
        row: { type: ExitCriterionRetirement, id },
        before: null,
        audit: { after: { criterion: criterion.globalId } },
      };
    });
  }
}

/**
 * Loads and locks a criterion by global id (FOR NO KEY UPDATE: orders the writes about one criterion without blocking
 * references to it); INVALID for an id of another type, NOT_FOUND when there is none, FORBIDDEN for another
 * province's editor.
 */
async function lockCriterion(em: EntityManager, globalId: string, ctx: Context): Promise<ExitCriterion> {
  const id = decodeId(globalId, "ExitCriterion", ["input", "criterionId"]);
  const criterion = await em
    .getRepository(ExitCriterion)
    .createQueryBuilder("c")
    .setLock("for_no_key_update")
    .where("c.id = :id", { id })
    .getOne();
  if (!criterion) throw userError(ErrorCode.NOT_FOUND, ["input", "criterionId"], `No criterion ${globalId}.`);
  requireProvinceWriter(ctx.viewer, criterion.provinceId);
  return criterion;
}

/** Inserts one row and returns its id and recorded time (the register clock's stamp). */
async function insertReturning<T extends object>(
  em: EntityManager,
  target: new () => T,
  values: Record<string, unknown>,
): Promise<{ id: number; recordedAt: Date }> {
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(values as never)
    .returning(["id", "recorded_at"])
    .execute();
  const [row] = inserted.raw as Array<{ id: number; recorded_at: Date }>;
  return { id: row.id, recordedAt: row.recorded_at };
}

import type { EntityManager } from "typeorm";
import type { Context } from "../request/context";
import {
  Assessment,
  FollowerCount,
  FrameworkPosition,
  PlatformStatus,
  Presence,
  Province,
  ValueRating,
} from "../entities";
import { AssessmentState, DateBasis, DatePrecision } from "../domain/enums";
import { ErrorCode, UserErrors, userError } from "../errors/error-codes";
import { requireProvinceWriter, requireProvinceWriterByCode, requireRecordWriter } from "../auth/access";
import type {
  AssessmentIdInput,
  CreateAssessmentInput,
  RecordFollowerCountInput,
  RecordPlatformStatusInput,
  SetFrameworkPositionInput,
  SetPresenceAccountsInput,
  SetValueRatingsInput,
} from "../schema/inputs/record-write.input";
import { WRITE_CLOCK } from "../db/write-clock";
import { isFarDated } from "../domain/dates";
import { latestRecorded } from "../db/in-force";
import {
  WriteService,
  auditJson,
  decodeId,
  findFramework,
  findPlatform,
  findProvince,
  findValue,
  type Payload,
} from "./write.service";

/**
 * Writes to a province's records (PROVINCE_EDITOR of that province, or ADMIN). Every method: authorization first
 * (GraphQL error, nothing written), then the write frame (`WriteService.run`: validation, one transaction, reload,
 * audit, payload) around the rule: resolve the references (NOT_FOUND), check, write, name the row written.
 */
export class RecordWriteService {
  /**
   * Appends a status snapshot. The presence is created when missing and locked (SELECT ... FOR NO KEY UPDATE) for the rest
   * of the transaction, so concurrent writers on one presence run one after the other; with `expectedLatestId` a
   * writer whose expected snapshot is no longer the most recently recorded one gets CONFLICT.
   */
  static async recordPlatformStatus(
    ctx: Context,
    input: RecordPlatformStatusInput,
  ): Promise<Payload<"status", PlatformStatus>> {
    requireProvinceWriterByCode(ctx.viewer, input.provinceCode);
    const client = ctx.viewer.client;
    return WriteService.run(
      ctx,
      input,
      { action: "recordPlatformStatus", payload: "status", provenance: true },
      async (em, provenance) => {
        const farDated = isFarDated(input.validFrom, ctx.today);
        if (farDated && !input.reason?.trim())
          throw userError(
            ErrorCode.INVALID,
            ["input", "validFrom"],
            `validFrom ${input.validFrom} lies more than a year before or after today (${ctx.today}): a status dated that far needs a \`reason\` (why the date is right).`,
          );
        const province = await findProvince(em, input.provinceCode, ["input", "provinceCode"]);
        requireProvinceWriter(ctx.viewer, province.id);
        const platform = await findPlatform(em, input.platformSlug, ["input", "platformSlug"]);
        const expectedId = input.expectedLatestId
          ? decodeId(input.expectedLatestId, "PlatformStatus", ["input", "expectedLatestId"])
          : null;
        const presence = await lockPresence(em, province.id, platform.id);
        const [latest] = await latestRecorded(em, [presence.id]);
        if (expectedId !== null && latest?.id !== expectedId) {
          const expected = await em.findOneBy(PlatformStatus, { id: expectedId });
          if (!expected || expected.presenceId !== presence.id) {
            throw userError(
              ErrorCode.INVALID,
              ["input", "expectedLatestId"],
              `${input.expectedLatestId} is not a snapshot of ${province.code} on ${platform.slug}.`,
            );
          }
          throw userError(
            ErrorCode.CONFLICT,
            ["input", "expectedLatestId"],
            `Another snapshot was recorded after the one you expected (latest is now ${latest?.globalId}); reload the history and try again.`,
          );
        }
        const inserted = await em
          .createQueryBuilder()
          .insert()
          .into(PlatformStatus)
          .values({
            presenceId: presence.id,
            status: input.status,
            validFrom: input.validFrom,
            validFromBasis: input.validFromBasis ?? DateBasis.EXACT,
            validFromPrecision: input.validFromPrecision ?? DatePrecision.DAY,
            commentsEnabled: input.commentsEnabled ?? null,
            engagement: input.engagement ?? null,
            purposes: input.purposes ?? [],
            paidContent: input.paidContent ?? null,
            reason: input.reason ?? null,
            ...provenance,
            recordedAt: () => WRITE_CLOCK,
            recordedById: client?.id ?? null,
          })
          .returning(["id"])
          .execute();
        return {
          row: { type: PlatformStatus, id: insertedId(inserted.raw) },
          before: latest,
          audit: { after: { presence: presence.globalId, province: province.code, platform: platform.slug } },
          ...(farDated ? { flags: ["FAR_DATED" as const] } : {}),
        };
      },
    );
  }

  /** Appends a follower count to an existing presence (NOT_FOUND on `platformSlug` when the province has none there). */
  static async recordFollowerCount(
    ctx: Context,
    input: RecordFollowerCountInput,
  ): Promise<Payload<"followerCount", FollowerCount>> {
    requireProvinceWriterByCode(ctx.viewer, input.provinceCode);
    return WriteService.run(
      ctx,
      input,
      { action: "recordFollowerCount", payload: "followerCount", provenance: true },
      async (em, provenance) => {
        const province = await findProvince(em, input.provinceCode, ["input", "provinceCode"]);
        requireProvinceWriter(ctx.viewer, province.id);
        const platform = await findPlatform(em, input.platformSlug, ["input", "platformSlug"]);
        const presence = await em.findOneBy(Presence, { provinceId: province.id, platformId: platform.id });
        if (!presence) {
          throw userError(
            ErrorCode.NOT_FOUND,
            ["input", "platformSlug"],
            `${province.code} has no presence on ${platform.slug}; record a status first.`,
          );
        }
        const inserted = await em
          .createQueryBuilder()
          .insert()
          .into(FollowerCount)
          .values({
            presenceId: presence.id,
            measuredOn: input.measuredOn,
            count: input.count,
            ...provenance,
            recordedAt: () => WRITE_CLOCK,
            recordedById: ctx.viewer.client?.id ?? null,
          })
          .returning(["id"])
          .execute();
        return {
          row: { type: FollowerCount, id: insertedId(inserted.raw) },
          before: null,
          audit: { after: { presence: presence.globalId } },
        };
      },
    );
  }

  /** Replaces the accounts of a presence (created when missing, locked while written). */
  static async setPresenceAccounts(
    ctx: Context,
    input: SetPresenceAccountsInput,
  ): Promise<Payload<"presence", Presence>> {
    requireProvinceWriterByCode(ctx.viewer, input.provinceCode);
    return WriteService.run(
      ctx,
      input,
      { action: "setPresenceAccounts", payload: "presence", provenance: true },
      async (em, provenance) => {
        const province = await findProvince(em, input.provinceCode, ["input", "provinceCode"]);
        requireProvinceWriter(ctx.viewer, province.id);
        const platform = await findPlatform(em, input.platformSlug, ["input", "platformSlug"]);
        const existing = await em.findOneBy(Presence, { provinceId: province.id, platformId: platform.id });
        const presence = await lockPresence(em, province.id, platform.id);
        const accounts = input.accounts.map((a) => ({ handle: a.handle.trim(), url: a.url ?? null }));
        await em
          .createQueryBuilder()
          .update(Presence)
          .set({ accounts, ...provenance })
          .where("id = :id", { id: presence.id })
          .execute();
        return {
          row: { type: Presence, id: presence.id },
          before: existing ? presence : null,
          audit: { after: { province: province.code, platform: platform.slug } },
        };
      },
    );
  }

  /**
   * Appends a framework position (the stance from `since` on). The province's row is locked (FOR NO KEY UPDATE) so that
   * concurrent positions of one province run one after the other and each audits the one it follows.
   */
  static async setFrameworkPosition(
    ctx: Context,
    input: SetFrameworkPositionInput,
  ): Promise<Payload<"frameworkPosition", FrameworkPosition>> {
    requireProvinceWriterByCode(ctx.viewer, input.provinceCode);
    const write = { action: "setFrameworkPosition", payload: "frameworkPosition", provenance: true } as const;
    return WriteService.run(ctx, input, write, async (em, provenance) => {
      const province = await findProvince(em, input.provinceCode, ["input", "provinceCode"]);
      requireProvinceWriter(ctx.viewer, province.id);
      const framework = await findFramework(em, input.frameworkSlug, ["input", "frameworkSlug"]);
      await lockProvince(em, province.id);
      const previous = await em
        .getRepository(FrameworkPosition)
        .createQueryBuilder("f")
        .where("f.province_id = :p AND f.framework_id = :f", { p: province.id, f: framework.id })
        .orderBy("f.recorded_at", "DESC")
        .addOrderBy("f.id", "DESC")
        .getOne();
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(FrameworkPosition)
        .values({
          provinceId: province.id,
          frameworkId: framework.id,
          stance: input.stance,
          since: input.since,
          sinceBasis: input.sinceBasis ?? DateBasis.EXACT,
          sincePrecision: input.sincePrecision ?? DatePrecision.DAY,
          note: input.note ?? null,
          ...provenance,
          recordedAt: () => WRITE_CLOCK,
          recordedById: ctx.viewer.client?.id ?? null,
        })
        .returning(["id"])
        .execute();
      return {
        row: { type: FrameworkPosition, id: insertedId(inserted.raw) },
        before: previous,
        audit: { after: { province: province.code, framework: framework.slug } },
      };
    });
  }

  /** Creates a DRAFT assessment. */
  static async createAssessment(
    ctx: Context,
    input: CreateAssessmentInput,
  ): Promise<Payload<"assessment", Assessment>> {
    requireProvinceWriterByCode(ctx.viewer, input.provinceCode);
    return WriteService.run(
      ctx,
      input,
      { action: "createAssessment", payload: "assessment", provenance: true },
      async (em, provenance) => {
        const province = await findProvince(em, input.provinceCode, ["input", "provinceCode"]);
        requireProvinceWriter(ctx.viewer, province.id);
        const platformId = input.platformSlug
          ? (await findPlatform(em, input.platformSlug, ["input", "platformSlug"])).id
          : null;
        const saved = await em.save(
          em.create(Assessment, {
            provinceId: province.id,
            heldOn: input.heldOn,
            heldOnBasis: input.heldOnBasis ?? DateBasis.EXACT,
            heldOnPrecision: input.heldOnPrecision ?? DatePrecision.DAY,
            method: input.method.trim(),
            disciplines: (input.disciplines ?? []).map((d) => d.trim()),
            platformId,
            state: AssessmentState.DRAFT,
            publishedAt: null,
            withdrawnAt: null,
            ...provenance,
            createdById: ctx.viewer.client?.id ?? null,
          }),
        );
        return { row: { type: Assessment, id: saved.id }, before: null, audit: { after: { province: province.code } } };
      },
    );
  }

  /** Replaces the ratings of a DRAFT assessment (CONFLICT when it is published or withdrawn). */
  static async setValueRatings(ctx: Context, input: SetValueRatingsInput): Promise<Payload<"assessment", Assessment>> {
    requireRecordWriter(ctx.viewer);
    return WriteService.run(
      ctx,
      input,
      { action: "setValueRatings", payload: "assessment", provenance: true },
      async (em, provenance) => {
        const seen = new Map<string, number>();
        const duplicates = input.ratings.flatMap((r, i) => {
          const key = `${r.valueSlug}|${r.platformSlug ?? ""}`;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, i);
          return first === undefined
            ? []
            : [
                {
                  field: ["input", "ratings", String(i)],
                  code: ErrorCode.INVALID as const,
                  message: `Rates the same value and platform as ratings[${first}].`,
                },
              ];
        });
        if (duplicates.length > 0) throw new UserErrors(duplicates);
        const assessment = await lockAssessment(em, input.assessmentId, ctx);
        if (assessment.state !== AssessmentState.DRAFT) {
          throw userError(
            ErrorCode.CONFLICT,
            ["input", "assessmentId"],
            `The assessment is ${assessment.state}; only a DRAFT's ratings can be changed.`,
          );
        }
        const rows = [];
        for (const [i, r] of input.ratings.entries()) {
          const value = await findValue(em, r.valueSlug, ["input", "ratings", String(i), "valueSlug"]);
          const platformId = r.platformSlug
            ? (await findPlatform(em, r.platformSlug, ["input", "ratings", String(i), "platformSlug"])).id
            : null;
          rows.push({
            assessmentId: assessment.id,
            valueId: value.id,
            platformId,
            impact: r.impact,
            rationale: r.rationale ?? null,
            ...provenance,
          });
        }
        const before = await ratingsOf(em, assessment.id);
        await em.delete(ValueRating, { assessmentId: assessment.id });
        await em.insert(ValueRating, rows);
        // The assessment's own columns do not change: it is the payload as locked, with its ratings before and after.
        return {
          row: assessment,
          before: assessment,
          audit: { before: { ratings: before }, after: { ratings: await ratingsOf(em, assessment.id) } },
        };
      },
    );
  }

  /** DRAFT → PUBLISHED (CONFLICT otherwise). From then on the assessment is public and counts in comparisons. */
  static publishAssessment(ctx: Context, input: AssessmentIdInput): Promise<Payload<"assessment", Assessment>> {
    return RecordWriteService.transition(
      ctx,
      input,
      "publishAssessment",
      AssessmentState.DRAFT,
      AssessmentState.PUBLISHED,
    );
  }

  /** PUBLISHED → WITHDRAWN (CONFLICT otherwise). It stays public but no longer counts in comparisons. */
  static withdrawAssessment(ctx: Context, input: AssessmentIdInput): Promise<Payload<"assessment", Assessment>> {
    return RecordWriteService.transition(
      ctx,
      input,
      "withdrawAssessment",
      AssessmentState.PUBLISHED,
      AssessmentState.WITHDRAWN,
    );
  }

  private static async transition(
    ctx: Context,
    input: AssessmentIdInput,
    action: string,
    from: AssessmentState,
    to: AssessmentState,
  ): Promise<Payload<"assessment", Assessment>> {
    requireRecordWriter(ctx.viewer);
    return WriteService.run(ctx, input, { action, payload: "assessment" }, async (em) => {
      const assessment = await lockAssessment(em, input.assessmentId, ctx);
      if (assessment.state !== from) {
        throw userError(
          ErrorCode.CONFLICT,
          ["input", "assessmentId"],
          `The assessment is ${assessment.state}; only a ${from} one can be ${to.toLowerCase()}.`,
        );
      }
      const stamp =
        to === AssessmentState.PUBLISHED ? { publishedAt: () => WRITE_CLOCK } : { withdrawnAt: () => WRITE_CLOCK };
      await em
        .createQueryBuilder()
        .update(Assessment)
        .set({ state: to, ...stamp })
        .where("id = :id", { id: assessment.id })
        .execute();
      return { row: { type: Assessment, id: assessment.id }, before: assessment };
    });
  }
}

/**
 * Row locks are FOR NO KEY UPDATE: they order the writers of one row without blocking the foreign-key checks (KEY
 * SHARE) of writes that merely refer to it, so two writes never wait for each other through a reference (there is no
 * global write lock to order them any more; docs/design.md §7 "Lock order").
 */
async function lockProvince(em: EntityManager, provinceId: number): Promise<void> {
  await em
    .getRepository(Province)
    .createQueryBuilder("p")
    .setLock("for_no_key_update")
    .where("p.id = :provinceId", { provinceId })
    .getOneOrFail();
}

/**
 * Locks the presence's row, creating it first when missing (a concurrent creation is fine: ON CONFLICT DO NOTHING).
 * The insert only when needed: any INSERT marks the write as in flight (its version trigger), and readers' instants
 * wait for writes in flight, so a writer queued on this lock should not be marked yet.
 */
async function lockPresence(em: EntityManager, provinceId: number, platformId: number): Promise<Presence> {
  const locked = () =>
    em
      .getRepository(Presence)
      .createQueryBuilder("p")
      .setLock("for_no_key_update")
      .where("p.province_id = :provinceId AND p.platform_id = :platformId", { provinceId, platformId })
      .getOne();
  const existing = await locked();
  if (existing) return existing;
  await em.createQueryBuilder().insert().into(Presence).values({ provinceId, platformId }).orIgnore().execute();
  return (await locked())!;
}

/** Loads and locks an assessment by global id; NOT_FOUND when there is none; FORBIDDEN for another province's editor. */
async function lockAssessment(em: EntityManager, globalId: string, ctx: Context): Promise<Assessment> {
  const id = decodeId(globalId, "Assessment", ["input", "assessmentId"]);
  const assessment = await em
    .getRepository(Assessment)
    .createQueryBuilder("a")
    .setLock("for_no_key_update")
    .where("a.id = :id", { id })
    .getOne();
  if (!assessment)
    throw new UserErrors([
      { field: ["input", "assessmentId"], code: ErrorCode.NOT_FOUND, message: "No assessment with this id." },
    ]);
  requireProvinceWriter(ctx.viewer, assessment.provinceId);
  return assessment;
}

/** The audit state of an assessment's ratings, in insertion order. */
async function ratingsOf(em: EntityManager, assessmentId: number): Promise<Record<string, unknown>[]> {
  const ratings = await em.find(ValueRating, { where: { assessmentId }, order: { id: "ASC" } });
  return ratings.map(auditJson);
}

function insertedId(raw: unknown): number {
  const rows = raw as Array<{ id: number }>;
  return rows[0].id;
}

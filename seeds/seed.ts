import { IsNull, type DataSource, type EntityManager, type QueryDeepPartialEntity } from "typeorm";
import {
  Assessment,
  Development,
  ExitCriterion,
  ExitCriterionReview,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Presence,
  Province,
  ProvinceAlternativeName,
  Source,
  Value,
  ValueRating,
} from "../src/entities";
import { memoData, type MemoData } from "./memo-data";
import { AssessmentState, DatePrecision } from "../src/domain/enums";
import type { OpenDatabase } from "../src/db/open-database";
import type { TemplateFingerprint } from "../src/db/template";
import { migrations } from "../src/db/migrations";
import { createHash } from "node:crypto";

/**
 * Loads the memo's facts (`memo-data.ts`) in one transaction. Idempotent and insert-only:
 *
 * - reference rows (source, province, platform, value, framework, development) are looked up by natural key and
 *   inserted when missing; an existing row is left exactly as it is, even if it differs from the seed data;
 * - rows without a unique natural key are matched on what identifies the fact (a status snapshot on presence,
 *   `validFrom` and status; a framework position on province, framework, `since` and stance; an assessment on
 *   province, `heldOn` and method; an exit criterion on province, platform, kind and description) and skipped when
 *   present;
 * - join rows (framework_platform, development_province) are added when missing, never removed.
 *
 * Nothing is ever updated: status snapshots and framework positions are append-only (database triggers forbid
 * UPDATE and DELETE). A second run inserts nothing. Seeded history rows have no `recordedBy` (the seed is no API
 * client); their `recordedAt` is the time of the run.
 *
 * Only the transaction's `manager` is used inside the transaction: the embedded database has a pool of one
 * connection, so a query through the data source itself would wait for the transaction forever.
 */
export async function seedDatabase(dataSource: DataSource, data: MemoData = memoData): Promise<{ inserted: number }> {
  return dataSource.transaction(async (manager) => {
    const seeder = new Seeder(manager);
    await seeder.run(data);
    return { inserted: seeder.inserted };
  });
}

/**
 * What every start does before serving (the service, `npm run seed`, `npm run token`): the pending migrations, then
 * the seed (`always`, or `if-empty`: only into a database never seeded), all under the database's start-up lock, so
 * processes starting together on one database do this one after the other instead of racing (src/db/startup-lock.ts).
 */
export async function prepareDatabase(
  db: Pick<OpenDatabase, "dataSource" | "exclusively">,
  seed: "always" | "if-empty" | "never",
): Promise<{ applied: string[]; inserted: number | null }> {
  return db.exclusively(async () => {
    const applied = await db.dataSource.runMigrations({ transaction: "each" });
    const seeding = seed === "always" || (seed === "if-empty" && (await isDatabaseEmpty(db.dataSource)));
    const inserted = seeding ? (await seedDatabase(db.dataSource)).inserted : null;
    return { applied: applied.map((m) => m.name), inserted };
  });
}

/**
 * What a database prepared by this code holds: the migrations' names in order and a hash of the seed's data. The
 * seeded embedded template (src/db/template.ts) is used only when it was made from the same; a test fails when the
 * committed template is stale (`npm run db:template` remakes it). A change to the Seeder's code that changes what it
 * inserts for the same data must remake the template too (the test compares the template's rows with a seed run).
 */
export function seedFingerprint(data: MemoData = memoData): TemplateFingerprint {
  return {
    migrations: migrations.map((m) => (new (m as new () => { name?: string })().name ?? m.name) as string),
    seed: createHash("sha256").update(JSON.stringify(data)).digest("hex"),
  };
}

/** True when no province exists yet: the database has never been seeded (used for seed-on-start). */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.manager.exists(Province));
}

class Seeder {
  inserted = 0;
  private readonly sources = new Map<string, number>();
  private readonly provinces = new Map<string, number>();
  private readonly platforms = new Map<string, number>();
  private readonly values = new Map<string, number>();
  private readonly frameworks = new Map<string, number>();

  constructor(private readonly manager: EntityManager) {}

  async run(data: MemoData): Promise<void> {
    await this.seedSources(data);
    await this.seedProvinces(data);
    await this.seedProvinceAlternativeNames(data);
    await this.seedPlatforms(data);
    await this.seedValues(data);
    await this.seedFrameworks(data);
    await this.seedPlatformFindings(data);
    await this.seedPresences(data);
    await this.seedFrameworkPositions(data);
    await this.seedAssessments(data);
    await this.seedExitCriteria(data);
    await this.seedDevelopments(data);
  }

  // --- reference data, by natural key ---------------------------------------------------------------------------

  private async seedSources(data: MemoData): Promise<void> {
    for (const row of await this.manager.find(Source, { select: { id: true, slug: true } }))
      this.sources.set(row.slug, row.id);
    for (const s of data.sources) {
      if (this.sources.has(s.slug)) continue;
      const id = await this.insert(Source, {
        slug: s.slug,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        publishedOn: s.publishedOn,
        kind: s.kind,
        note: s.note,
      });
      this.sources.set(s.slug, id);
    }
  }

  private async seedProvinces(data: MemoData): Promise<void> {
    for (const row of await this.manager.find(Province, { select: { id: true, code: true } }))
      this.provinces.set(row.code, row.id);
    for (const p of data.provinces) {
      if (this.provinces.has(p.code)) continue;
      const id = await this.insert(Province, {
        code: p.code,
        name: p.name,
        slug: p.slug,
        isoCode: p.isoCode,
        tooiId: p.tooiId,
      });
      this.provinces.set(p.code, id);
    }
  }

  /** By name (compared as the database compares names: `name_key`, migration OneSpelling). */
  private async seedProvinceAlternativeNames(data: MemoData): Promise<void> {
    for (const a of data.provinceAlternativeNames) {
      const [{ exists }] = (await this.manager.query(
        `SELECT EXISTS (SELECT 1 FROM "province_alternative_name" WHERE name_key("name") = name_key($1)) AS "exists"`,
        [a.name],
      )) as Array<{ exists: boolean }>;
      if (exists) continue;
      await this.insert(ProvinceAlternativeName, {
        provinceId: this.provinceId(a.province),
        name: a.name,
        sourceId: this.sourceId(a.source),
        note: a.note,
      });
    }
  }

  private async seedPlatforms(data: MemoData): Promise<void> {
    for (const row of await this.manager.find(Platform, { select: { id: true, slug: true } }))
      this.platforms.set(row.slug, row.id);
    for (const p of data.platforms) {
      if (this.platforms.has(p.slug)) continue;
      const id = await this.insert(Platform, {
        slug: p.slug,
        name: p.name,
        operator: p.operator,
        jurisdiction: p.jurisdiction,
        model: p.model,
        dsaDesignation: p.dsa?.designation ?? null,
        dsaDesignatedOn: p.dsa?.designatedOn ?? null,
        dsaSourceId: p.dsa ? this.sourceId(p.dsa.source) : null,
      });
      this.platforms.set(p.slug, id);
    }
  }

  private async seedValues(data: MemoData): Promise<void> {
    for (const row of await this.manager.find(Value, { select: { id: true, slug: true } }))
      this.values.set(row.slug, row.id);
    for (const v of data.values) {
      if (this.values.has(v.slug)) continue;
      this.sourceId(v.source); // the value table has no source column, but the citation must still exist
      const id = await this.insert(Value, {
        slug: v.slug,
        name: v.name,
        nameEn: v.nameEn,
        description: v.description,
        origin: v.origin,
      });
      this.values.set(v.slug, id);
    }
  }

  private async seedFrameworks(data: MemoData): Promise<void> {
    for (const row of await this.manager.find(Framework, { select: { id: true, slug: true } }))
      this.frameworks.set(row.slug, row.id);
    for (const f of data.frameworks) {
      let id = this.frameworks.get(f.slug);
      if (id === undefined) {
        id = await this.insert(Framework, {
          slug: f.slug,
          shortName: f.shortName,
          title: f.title,
          issuer: f.issuer,
          level: f.level,
          kind: f.kind,
          status: f.status,
          publishedOn: f.publishedOn,
          inForceOn: f.inForceOn,
          url: f.url,
          summary: f.summary,
          sourceId: this.sourceId(f.source),
        });
        this.frameworks.set(f.slug, id);
      }
      await this.addMissingRelations(
        Framework,
        "platformsConcerned",
        id,
        f.platformsConcerned.map((slug) => this.platformId(slug)),
      );
    }
  }

  // --- records, matched on what identifies the fact ------------------------------------------------------------

  private async seedPlatformFindings(data: MemoData): Promise<void> {
    for (const f of data.platformFindings) {
      const key = {
        frameworkId: this.frameworkId(f.framework),
        platformId: this.platformId(f.platform),
        stage: f.stage,
        occurredOn: f.occurredOn,
      };
      if (await this.manager.existsBy(PlatformFinding, key)) continue;
      await this.insert(PlatformFinding, {
        ...key,
        topics: f.topics,
        fineEur: f.fineEur,
        summary: f.summary,
        sourceId: this.sourceId(f.source),
      });
    }
  }

  private async seedPresences(data: MemoData): Promise<void> {
    for (const p of data.presences) {
      const key = { provinceId: this.provinceId(p.province), platformId: this.platformId(p.platform) };
      const presenceId =
        (await this.manager.findOneBy(Presence, key))?.id ??
        (await this.insert(Presence, { ...key, accounts: p.accounts }));
      for (const s of p.statuses) {
        const statusKey = { presenceId, validFrom: s.validFrom, status: s.status };
        if (await this.manager.existsBy(PlatformStatus, statusKey)) continue;
        await this.insert(PlatformStatus, {
          ...statusKey,
          validFromBasis: s.validFromBasis,
          commentsEnabled: s.commentsEnabled,
          engagement: s.engagement,
          purposes: s.purposes,
          paidContent: s.paidContent,
          reason: s.reason,
          sourceId: this.sourceId(s.source),
          recordedById: null,
        });
      }
    }
  }

  private async seedFrameworkPositions(data: MemoData): Promise<void> {
    for (const fp of data.frameworkPositions) {
      const key = {
        provinceId: this.provinceId(fp.province),
        frameworkId: this.frameworkId(fp.framework),
        since: fp.since,
        stance: fp.stance,
      };
      if (await this.manager.existsBy(FrameworkPosition, key)) continue;
      await this.insert(FrameworkPosition, {
        ...key,
        sinceBasis: fp.sinceBasis,
        note: fp.note,
        sourceId: this.sourceId(fp.source),
        recordedById: null,
      });
    }
  }

  private async seedAssessments(data: MemoData): Promise<void> {
    for (const a of data.assessments) {
      const key = { provinceId: this.provinceId(a.province), heldOn: a.heldOn, method: a.method };
      let assessmentId = (await this.manager.findOneBy(Assessment, key))?.id;
      if (assessmentId === undefined) {
        assessmentId = await this.insert(Assessment, {
          ...key,
          heldOnBasis: a.heldOnBasis,
          disciplines: a.disciplines,
          note: a.note,
          platformId: a.platform === null ? null : this.platformId(a.platform),
          state: a.state,
          // Recorded time, like a snapshot's recordedAt: the register learns of a published assessment when it is
          // seeded (the transaction's now()), so `knownAt` treats statuses and ratings alike.
          publishedAt: a.state === AssessmentState.DRAFT ? null : () => "now()",
          withdrawnAt: null,
          sourceId: this.sourceId(a.source),
          createdById: null,
        });
      }
      for (const r of a.ratings) {
        const valueId = this.valueId(r.value);
        const platformId = r.platform === null ? null : this.platformId(r.platform);
        const exists = await this.manager.existsBy(ValueRating, {
          assessmentId,
          valueId,
          platformId: platformId ?? IsNull(),
        });
        if (exists) continue;
        await this.insert(ValueRating, { assessmentId, valueId, platformId, impact: r.impact, rationale: r.rationale });
      }
    }
  }

  private async seedExitCriteria(data: MemoData): Promise<void> {
    for (const c of data.exitCriteria) {
      const platformId = c.platform === null ? null : this.platformId(c.platform);
      const provinceId = this.provinceId(c.province);
      const existing = await this.manager.findOneBy(ExitCriterion, {
        provinceId,
        platformId: platformId ?? IsNull(),
        kind: c.kind,
        description: c.description,
      });
      const criterionId = existing
        ? existing.id
        : await this.insert(ExitCriterion, {
            provinceId,
            platformId,
            kind: c.kind,
            description: c.description,
            adoptedOn: c.adoptedOn,
            adoptedOnBasis: c.adoptedOnBasis,
            adoptedOnPrecision: DatePrecision.DAY,
            sourceId: this.sourceId(c.source),
          });
      // Insert-only: the reviews are added once (a criterion that has any keeps them; the history is append-only).
      if (await this.manager.existsBy(ExitCriterionReview, { criterionId })) continue;
      for (const r of c.reviews) {
        await this.insert(ExitCriterionReview, {
          criterionId,
          state: r.state,
          reviewedOn: r.reviewedOn,
          reviewedOnBasis: r.reviewedOnBasis,
          reviewedOnPrecision: DatePrecision.DAY,
          note: r.note,
          sourceId: this.sourceId(c.source),
        });
      }
    }
  }

  private async seedDevelopments(data: MemoData): Promise<void> {
    for (const d of data.developments) {
      let id = (await this.manager.findOneBy(Development, { slug: d.slug }))?.id;
      if (id === undefined) {
        id = await this.insert(Development, {
          slug: d.slug,
          occurredOn: d.occurredOn,
          occurredOnBasis: d.occurredOnBasis,
          occurredOnPrecision: d.occurredOn === null ? null : DatePrecision.DAY,
          title: d.title,
          description: d.description,
          sourceId: this.sourceId(d.source),
        });
      }
      await this.addMissingRelations(
        Development,
        "provincesInvolved",
        id,
        d.provinces.map((code) => this.provinceId(code)),
      );
    }
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  /** Inserts one row (never an upsert) and returns its id. */
  private async insert<E extends { id: number }>(target: new () => E, row: QueryDeepPartialEntity<E>): Promise<number> {
    const result = await this.manager.insert(target, row);
    this.inserted += 1;
    return (result.identifiers[0] as { id: number }).id;
  }

  /** Adds the missing rows of a many-to-many join table; existing ones stay, none are removed. */
  private async addMissingRelations<E>(
    target: new () => E,
    relation: string,
    ownerId: number,
    relatedIds: number[],
  ): Promise<void> {
    if (relatedIds.length === 0) return;
    const builder = this.manager.createQueryBuilder().relation(target, relation).of(ownerId);
    const present = new Set((await builder.loadMany<{ id: number }>()).map((row) => row.id));
    const missing = [...new Set(relatedIds)].filter((id) => !present.has(id));
    if (missing.length === 0) return;
    await builder.add(missing);
    this.inserted += missing.length;
  }

  private sourceId(slug: string): number {
    return lookup(this.sources, "source", slug);
  }
  private provinceId(code: string): number {
    return lookup(this.provinces, "province", code);
  }
  private platformId(slug: string): number {
    return lookup(this.platforms, "platform", slug);
  }
  private valueId(slug: string): number {
    return lookup(this.values, "value", slug);
  }
  private frameworkId(slug: string): number {
    return lookup(this.frameworks, "framework", slug);
  }
}

function lookup(map: Map<string, number>, kind: string, key: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Seed data refers to an unknown ${kind} "${key}"`);
  return id;
}

import type { Context } from "../context";
import { Assessment } from "../entities";
import { AssessmentState } from "../schema/enums";
import { decodeCursor, encodeCursor, toPage, type Page } from "../schema/connection";
import { draftScope } from "../auth/viewer";
import { resolveProvinces } from "./scope.service";

export interface AssessmentFilter {
  provinces?: string[] | null;
  states?: AssessmentState[] | null;
  heldFrom?: string | null;
  heldTo?: string | null;
}

/** Reads of the provinces' records that are lists with paging. */
export class RecordService {
  /** Assessments the viewer may see, newest `heldOn` first (then newest id). Two statements: count and page. */
  static async assessments(ctx: Context, filter: AssessmentFilter = {}, first: number, after?: string | null): Promise<Page<Assessment>> {
    const qb = ctx.dataSource.getRepository(Assessment).createQueryBuilder("a");
    if (filter.provinces) {
      const provinces = await resolveProvinces(ctx.dataSource, ctx.loaders, filter.provinces);
      qb.andWhere("a.province_id = ANY(:provinceIds)", { provinceIds: provinces.map((p) => p.id) });
    }
    if (filter.states) qb.andWhere("a.state = ANY(:states)", { states: filter.states });
    if (filter.heldFrom) qb.andWhere("a.held_on >= :heldFrom", { heldFrom: filter.heldFrom });
    if (filter.heldTo) qb.andWhere("a.held_on <= :heldTo", { heldTo: filter.heldTo });
    const scope = draftScope(ctx.viewer);
    if (scope !== "all") qb.andWhere("(a.state <> :draft OR a.province_id = ANY(:own))", { draft: AssessmentState.DRAFT, own: scope });
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [heldOn, id] = decodeCursor(after, ["string", "number"]);
      qb.andWhere("(a.held_on, a.id) < (:heldOn, :id)", { heldOn, id });
    }
    const rows = await qb.orderBy("a.held_on", "DESC").addOrderBy("a.id", "DESC").limit(first + 1).getMany();
    for (const a of rows) ctx.loaders.assessment.prime(a.id, a);
    return toPage(rows, first, totalCount, (a) => encodeCursor([a.heldOn, a.id]));
  }
}

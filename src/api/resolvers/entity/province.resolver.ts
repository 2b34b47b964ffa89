import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { knownAtOf, type Context } from "../../../request/context";
import {
  Assessment,
  ExitCriterion,
  FrameworkPosition,
  Presence,
  Province,
  ProvinceAlternativeName,
} from "../../../entities";
import { AsOfArgs } from "../../../schema/as-of.args";

@Resolver(() => Province)
export class ProvinceResolver {
  @FieldResolver(() => [ProvinceAlternativeName], {
    description:
      "Other names the province is known by (e.g. `Friesland` for `Fryslân`), each with its source; `province(code:)` and the `provinces` filters accept them. Empty when none.",
  })
  alternativeNames(@Root() p: Province, @Ctx() ctx: Context) {
    return ctx.loaders.alternativeNamesByProvince.load(p.id);
  }

  @FieldResolver(() => [Presence], {
    description: "The province's presences, one per platform it has a record for (by platform); empty when none.",
  })
  presences(@Root() p: Province, @Ctx() ctx: Context) {
    return ctx.loaders.presencesByProvince.load(p.id);
  }

  @FieldResolver(() => [Assessment], {
    description:
      "The province's value assessments the caller may see, newest first (drafts only for its editors, IPO, the ethics committee and admins).",
  })
  assessments(@Root() p: Province, @Ctx() ctx: Context) {
    return ctx.loaders.visibleAssessmentsByProvince.load(p.id);
  }

  @FieldResolver(() => [FrameworkPosition], {
    description:
      "The province's stance on each framework it has a position on: the latest `since` on or before `asOf`, as recorded at `knownAt`. Empty when none.",
  })
  frameworkPositions(@Root() p: Province, @Ctx() ctx: Context, @Args() { asOf, knownAt }: AsOfArgs) {
    return ctx.loaders.frameworkPositionsAsOf(asOf ?? ctx.today, knownAtOf(ctx, knownAt)).load(p.id);
  }

  @FieldResolver(() => [ExitCriterion], {
    description:
      "Conditions under which the province would leave or join platforms (exitcriteria); empty when none recorded.",
  })
  exitCriteria(@Root() p: Province, @Ctx() ctx: Context) {
    return ctx.loaders.exitCriteriaByProvince.load(p.id);
  }
}

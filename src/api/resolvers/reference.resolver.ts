import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import { Development, Framework, Platform, Province, Source, Value } from "../../entities";
import { enumLabelRegistry } from "../../domain/enums";
import { Node } from "../../entities/node";
import { FrameworkFilterInput } from "../../schema/inputs/reference.input";
import { EnumValueLabel } from "../../schema/reference.types";
import { ReferenceService } from "../../services/reference.service";
import { badInput } from "../../errors/error-codes";

@Resolver()
export class ReferenceResolver {
  @Query(() => [Province], {
    description:
      "The provinces, by CBS code: all twelve, or those named in `codes`. Errors: BAD_USER_INPUT for an unknown code.",
  })
  provinces(
    @Ctx() ctx: Context,
    @Arg("codes", () => [String], {
      nullable: true,
      description: "CBS codes, slugs or names (any case or accents); default all.",
    })
    codes: string[] | null,
  ) {
    return ReferenceService.provinces(ctx, codes);
  }

  @Query(() => Province, {
    nullable: true,
    description:
      "One province by CBS code (`PV26`), slug (`utrecht`) or official name (`Fryslân`), case-insensitive; null when there is none.",
  })
  province(
    @Arg("code", {
      description: "CBS code, slug, official or alternative name (`Friesland`), in any case, with or without accents.",
    })
    code: string,
    @Ctx() ctx: Context,
  ) {
    return ReferenceService.province(ctx, code);
  }

  @Query(() => [Platform], { description: "All platforms." })
  platforms(@Ctx() ctx: Context) {
    return ReferenceService.platforms(ctx);
  }

  @Query(() => Platform, { nullable: true, description: "One platform by slug (`x`); null when there is none." })
  platform(@Arg("slug", { description: "Platform slug, e.g. `x`." }) slug: string, @Ctx() ctx: Context) {
    return ReferenceService.platform(ctx, slug);
  }

  @Query(() => [Framework], { description: "Frameworks (kaders), optionally filtered." })
  frameworks(
    @Arg("filter", () => FrameworkFilterInput, {
      nullable: true,
      description: "Conditions; default none (all frameworks).",
    })
    filter: FrameworkFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    return ReferenceService.frameworks(ctx, filter ?? {});
  }

  @Query(() => Framework, { nullable: true, description: "One framework by slug (`dsa`); null when there is none." })
  framework(@Arg("slug", { description: "Framework slug, e.g. `dsa`." }) slug: string, @Ctx() ctx: Context) {
    return ReferenceService.framework(ctx, slug);
  }

  @Query(() => [Value], { description: "The public values and communication principles (waarden)." })
  values(@Ctx() ctx: Context) {
    return ReferenceService.values(ctx);
  }

  @Query(() => [Source], { description: "Every source cited by the register." })
  sources(@Ctx() ctx: Context) {
    return ReferenceService.sources(ctx);
  }

  @Query(() => [Development], {
    description: "Interprovincial and national developments (ontwikkelingen), newest first; undated ones last.",
  })
  developments(@Ctx() ctx: Context) {
    return ReferenceService.developments(ctx);
  }

  @Query(() => Node, {
    nullable: true,
    description: "Any object by global id; null when unknown or not visible to the caller.",
  })
  node(@Arg("id", () => ID, { description: "A global id." }) id: string, @Ctx() ctx: Context) {
    return ReferenceService.node(ctx, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: "Objects by global ids (at most 100), in the order asked; null for each unknown or invisible one.",
  })
  nodes(@Arg("ids", () => [ID], { description: "Up to 100 global ids." }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > 100) throw badInput(`\`nodes\` takes at most 100 ids; got ${ids.length}.`, { argument: "ids" });
    return Promise.all(ids.map((id) => ReferenceService.node(ctx, id)));
  }

  @Query(() => [EnumValueLabel], {
    description: "Dutch labels of enum values, for front-ends that show them. Without `enums`: every enum.",
  })
  enumLabels(
    @Arg("enums", () => [String], {
      nullable: true,
      description: 'Enum names, e.g. `["PresenceStatus"]`; default all.',
    })
    enums: string[] | null,
  ): EnumValueLabel[] {
    const unknown = (enums ?? []).filter((name) => !enumLabelRegistry.has(name));
    if (unknown.length > 0) {
      throw badInput(
        `Unknown enum in \`enums\`: ${unknown.map((n) => JSON.stringify(n)).join(", ")}; known: ${[...enumLabelRegistry.keys()].join(", ")}.`,
        { argument: "enums" },
      );
    }
    // Each enum once however often it is named: the answer never grows with repetitions in the request.
    const names = enums ? [...new Set(enums)] : [...enumLabelRegistry.keys()];
    return names.flatMap((name) =>
      Object.entries(enumLabelRegistry.get(name) ?? {}).map(([value, l]) => ({
        enum: name,
        value,
        label: l.label,
        description: l.description,
      })),
    );
  }
}

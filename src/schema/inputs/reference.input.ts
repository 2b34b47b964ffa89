import { Field, InputType } from "type-graphql";
import { FrameworkKind, FrameworkLevel, FrameworkStatus } from "../../domain/enums";

@InputType({ description: "Filter for `frameworks`; every given condition must hold." })
export class FrameworkFilterInput {
  @Field(() => [FrameworkLevel], { nullable: true, description: "Only these levels." })
  levels?: FrameworkLevel[] | null;

  @Field(() => [FrameworkKind], { nullable: true, description: "Only these kinds." })
  kinds?: FrameworkKind[] | null;

  @Field(() => [FrameworkStatus], { nullable: true, description: "Only these statuses." })
  statuses?: FrameworkStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only frameworks that concern this platform (slug, e.g. `tiktok`); BAD_USER_INPUT when there is no such platform.",
  })
  platform?: string | null;
}

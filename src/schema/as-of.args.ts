import { ArgsType, Field } from "type-graphql";
import { DateScalar } from "../domain/scalars";

/** The two times of a bitemporal field (a presence's status, a province's framework positions), both optional. */
@ArgsType()
export class AsOfArgs {
  @Field(() => DateScalar, { nullable: true, description: "Valid time; default today in the Netherlands." })
  asOf?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Recorded time: the register as it stood at this instant; default now (a later instant is read as now).",
  })
  knownAt?: Date | null;
}

import { Field, ObjectType } from "type-graphql";
import { RegisterChangeKind } from "../domain/enums";

@ObjectType({
  simpleResolvers: true,
  description:
    "One committed write to the register (`registerChanged`): what kind of record, whose, the data version that counts it and when it " +
    "was recorded. Sent only after the commit; a client re-queries what it shows. Province and platform are null when the write " +
    "concerns no single one (reference data such as a framework or a source: it may change every province's answers).",
})
export class RegisterChange {
  @Field(() => RegisterChangeKind, { description: "What kind of record the write changed." })
  kind!: RegisterChangeKind;

  @Field(() => String, { nullable: true, description: "The CBS code of the province whose record changed, e.g. PV26." })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: "The slug of the platform the record is about, e.g. x." })
  platformSlug!: string | null;

  @Field(() => String, {
    description:
      "The data version that counts this write (opaque; compare for equality). A query made after the event includes the write.",
  })
  dataVersion!: string;

  @Field(() => Date, { description: "When the register recorded the write (the database clock, UTC)." })
  recordedAt!: Date;
}

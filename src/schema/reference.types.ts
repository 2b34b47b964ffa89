import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "An enum value with its Dutch label." })
export class EnumValueLabel {
  @Field({ description: "The enum, e.g. `PresenceStatus`." })
  enum: string;

  @Field({ description: "The value, e.g. `INACTIVE`." })
  value: string;

  @Field({ description: "Dutch label, e.g. `Inactief`." })
  label: string;

  @Field({ description: "English description." })
  description: string;
}

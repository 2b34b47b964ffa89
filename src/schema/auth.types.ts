import { Field, ObjectType } from "type-graphql";
import { ApiClient, Province } from "../entities";
import { Role } from "../domain/enums";

@ObjectType("Viewer", { description: "Who the caller is, according to its bearer token." })
export class ViewerInfo {
  @Field({ description: "True when a valid token was sent; false for anonymous callers." })
  authenticated: boolean;

  @Field(() => ApiClient, { nullable: true, description: "The API client of the token; null for anonymous callers." })
  apiClient: ApiClient | null;

  @Field(() => Role, { nullable: true, description: "The token's role; null for anonymous callers." })
  role: Role | null;

  @Field(() => Province, {
    nullable: true,
    description: "The province a PROVINCE_EDITOR writes for; null for every other role and for anonymous callers.",
  })
  province: Province | null;
}

import { Field, ObjectType } from "type-graphql";
import { AddonEntity } from "../catalog/addon.entity";

/** One value-added service of the service's product line, and whether it is on for this service. */
@ObjectType("ServiceAddon", { description: "增值服务 of a service: on or off" })
export class ServiceAddon {
  @Field(() => AddonEntity)
  addon!: AddonEntity;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Date, { nullable: true, description: "Last switched; null when never switched" })
  updatedAt!: Date | null;
}

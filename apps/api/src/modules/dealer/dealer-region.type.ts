import { Field, ObjectType } from "type-graphql";

@ObjectType("DealerRegion", { description: "One region of a dealer's territory (经销区域)" })
export class DealerRegion {
  @Field(() => String, { description: "GB/T 2260 code; a province code covers its cities" })
  code!: string;

  @Field(() => String, { description: "广东省 / 广东省 深圳市" })
  name!: string;
}

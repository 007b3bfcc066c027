import { Field, ID, ObjectType } from "type-graphql";
import { FenScalar } from "../../shared/money";

@ObjectType("InvoiceableOrder", {
  description: "A paid order of the viewer's dealer with an amount due and no open or issued invoice request",
})
export class InvoiceableOrder {
  @Field(() => ID)
  orderId!: string;

  @Field(() => String)
  orderNo!: string;

  @Field(() => FenScalar, { description: "Its amount due, 分 (what the invoice is for)" })
  amount!: number;

  @Field(() => Date)
  paidAt!: Date;

  @Field(() => String, { nullable: true })
  enterpriseName!: string | null;
}

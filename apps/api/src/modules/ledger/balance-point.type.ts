import { Field, ObjectType } from "type-graphql";
import { FenScalar } from "../../shared/money";

@ObjectType("BalancePoint", { description: "A dealer's closing balance on one Asia/Shanghai calendar day" })
export class BalancePoint {
  @Field(() => String, { description: "YYYY-MM-DD (Asia/Shanghai)" })
  date!: string;

  @Field(() => FenScalar, { description: "The balance at the end of that day (now, for today), 分" })
  balance!: number;
}

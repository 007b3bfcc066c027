import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { FenScalar } from "../../../shared/money";

@InputType("TopUpInput", { description: "充值: a dealer's bank transfer arrived; record it on its virtual account" })
export class TopUpInput {
  @Field(() => ID)
  dealerId!: string;

  @Field(() => FenScalar, { description: "分, above 0 and at most ¥100,000,000.00 per top-up" })
  amount!: number;

  @Field(() => String, {
    description:
      "The bank transfer's reference (银行流水号); spaces are dropped and letters upper-cased. Used once only",
  })
  @Length(1, 100)
  reference!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}

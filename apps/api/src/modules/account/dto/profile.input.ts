import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType("UpdateProfileInput")
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  realName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  mobile?: string | null;
}

@InputType("SetDelegateInput")
export class SetDelegateInput {
  @Field(() => ID)
  delegateId!: string;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  until!: Date;
}

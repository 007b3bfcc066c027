import { Field, Int, ObjectType } from "type-graphql";
import { DomainEventKind } from "./notice.enums";

@ObjectType("DomainEventResult", { description: "What a reported domain event did" })
export class DomainEventResult {
  @Field(() => String, { description: "The registrable domain in ASCII, as normalized" })
  domain!: string;

  @Field(() => DomainEventKind)
  event!: DomainEventKind;

  @Field(() => Int, { description: "Dealers whose admins got a new or updated notice" })
  notifiedDealerCount!: number;

  @Field(() => Boolean, { description: "Whether the domain is verified now" })
  verified!: boolean;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  verificationRequestedAt!: Date | null;
}

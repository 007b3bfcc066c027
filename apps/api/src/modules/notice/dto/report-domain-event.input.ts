import { IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { DomainEventKind } from "../notice.enums";

/** A domain event from the vendor's mail platform (SPEC §8, §10). */
@InputType("ReportDomainEventInput")
export class ReportDomainEventInput {
  @Field(() => String, { description: "The customer's domain (any form: URL, www., IDN); normalized" })
  @MaxLength(300)
  domain!: string;

  @Field(() => DomainEventKind)
  event!: DomainEventKind;

  @Field(() => String, { nullable: true, description: "Product line code (MAIL …), when the event is about one" })
  @IsOptional()
  @MaxLength(50)
  productLineCode?: string | null;
}

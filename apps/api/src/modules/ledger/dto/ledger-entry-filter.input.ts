import type { LedgerEntryKind } from "@crm/domain";
import { IsOptional } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LedgerEntryKindEnum } from "../ledger.enums";

@InputType("LedgerEntryFilter", { description: "虚拟账户流水 filters; all optional, combined with AND" })
export class LedgerEntryFilter {
  @Field(() => ID, { nullable: true, description: "One dealer (a dealer account sees only its own anyway)" })
  @IsOptional()
  dealerId?: string | null;

  @Field(() => LedgerEntryKindEnum, { nullable: true })
  @IsOptional()
  kind?: LedgerEntryKind | null;

  @Field(() => Date, { nullable: true, description: "Entries at or after this instant" })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Entries before this instant" })
  @IsOptional()
  to?: Date | null;
}

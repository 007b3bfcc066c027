import { IsOptional, ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../../shared/pagination";
import { SortDirection } from "../../../shared/sort-direction";
import { EnterpriseSort } from "../enterprise.enums";
import { EnterpriseFilter } from "./enterprise-filter.input";

/** Arguments every enterprise list takes: filter, sort (an allow-listed key and a direction), page. */
@ArgsType()
export class EnterpriseListPageArgs extends PageArgs {
  @Field(() => EnterpriseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EnterpriseFilter | null;

  @Field(() => EnterpriseSort, { defaultValue: "CREATED_AT" })
  sort: EnterpriseSort = "CREATED_AT";

  @Field(() => SortDirection, { defaultValue: "DESC" })
  direction: SortDirection = "DESC";
}

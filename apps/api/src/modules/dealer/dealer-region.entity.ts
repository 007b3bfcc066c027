import { Entity, PrimaryColumn } from "typeorm";

/**
 * One region of a dealer's territory (经销区域): a province code covers its cities. The public
 * pool shows a dealer the entries inside its territory.
 */
@Entity("dealer_region")
export class DealerRegionEntity {
  @PrimaryColumn("uuid", { name: "dealer_id" })
  dealerId!: string;

  @PrimaryColumn("text", { name: "region_code" })
  regionCode!: string;
}

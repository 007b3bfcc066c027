import { Column, Entity, PrimaryColumn } from "typeorm";

/** Whether one 增值服务 is switched on for one service; no row means off. */
@Entity("service_addon")
export class ServiceAddonEntity {
  @PrimaryColumn("uuid", { name: "service_id" })
  serviceId!: string;

  @PrimaryColumn("uuid", { name: "addon_id" })
  addonId!: string;

  @Column("boolean")
  enabled!: boolean;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt!: Date;

  @Column("uuid", { name: "updated_by", nullable: true })
  updatedBy!: string | null;
}

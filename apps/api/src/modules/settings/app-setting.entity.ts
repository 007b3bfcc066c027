import { Column, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

/** A runtime setting the vendor can change without a deploy (e.g. pool.graceDays). */
@Entity("app_setting")
export class AppSettingEntity {
  @PrimaryColumn("text")
  key!: string;

  @Column("jsonb")
  value!: unknown;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}

import { toUnicodeDomain } from "@crm/domain";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

export const ServiceKind = { TRIAL: "TRIAL", PAID: "PAID" } as const;
export type ServiceKind = keyof typeof ServiceKind;

registerEnumType(ServiceKind, { name: "ServiceKind", description: "试用 trial / 正式 paid" });

/**
 * 已开通服务: a product line running for an enterprise's domain. Orders create and extend these
 * rows (modules/order); this module lists them and switches their 增值服务 (service_addon).
 * Visible exactly when its enterprise is, and only to the dealer that holds the service.
 */
@ObjectType("Service", { description: "已开通服务" })
@Entity("service")
export class ServiceEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("uuid", { name: "enterprise_id" })
  enterpriseId!: string;

  @Column("uuid", { name: "product_line_id" })
  productLineId!: string;

  @Field(() => String, { description: "The domain the service runs on (ASCII)" })
  @Column("text")
  domain!: string;

  @Field(() => ServiceKind)
  @Column("text")
  kind!: ServiceKind;

  @Column("uuid", { name: "edition_id", nullable: true })
  editionId!: string | null;

  @Field(() => Int, { description: "数量 (seats)" })
  @Column("int")
  seats!: number;

  @Field(() => Date)
  @Column("timestamptz", { name: "starts_at" })
  startsAt!: Date;

  @Field(() => Date, { description: "到期时间" })
  @Column("timestamptz", { name: "expires_at" })
  expiresAt!: Date;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  @Field(() => String, { description: "The domain for display, IDN labels in Unicode" })
  get domainUnicode(): string {
    return toUnicodeDomain(this.domain);
  }
}

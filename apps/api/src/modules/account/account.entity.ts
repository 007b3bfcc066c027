import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { AccountKind, AccountType, ActiveStatus, DealerPermission, VendorRole } from "../../shared/enums";

/**
 * A person who signs in: a dealer user (管理员/助理/员工) or vendor staff.
 * Only the fields marked @Field reach the API; the password hash never does.
 */
@ObjectType("Account")
@Entity("account")
export class AccountEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => AccountKind)
  @Column("text")
  kind!: AccountKind;

  @Column("uuid", { name: "dealer_id", nullable: true })
  dealerId!: string | null;

  @Field(() => String, { description: "帐号" })
  @Column("text", { name: "login_name" })
  loginName!: string;

  @Column("text", { name: "password_hash" })
  passwordHash!: string;

  @Field(() => String, { description: "姓名" })
  @Column("text", { name: "real_name" })
  realName!: string;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  mobile!: string | null;

  @Field(() => AccountType, { nullable: true, description: "帐户类型 (dealer accounts only)" })
  @Column("text", { name: "account_type", nullable: true })
  accountType!: AccountType | null;

  @Field(() => [VendorRole], { description: "Vendor staff roles (empty for dealer accounts)" })
  @Column("text", { name: "vendor_roles", array: true })
  vendorRoles!: VendorRole[];

  @Field(() => ActiveStatus)
  @Column("text")
  status!: ActiveStatus;

  @Column("uuid", { name: "superior_id", nullable: true })
  superiorId!: string | null;

  @Field(() => [DealerPermission])
  @Column("text", { array: true })
  permissions!: DealerPermission[];

  @Column("uuid", { name: "delegate_id", nullable: true })
  delegateId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { name: "delegate_from", nullable: true })
  delegateFrom!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { name: "delegate_until", nullable: true })
  delegateUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { name: "last_login_at", nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}

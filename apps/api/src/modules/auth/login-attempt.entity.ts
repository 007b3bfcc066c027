import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity("login_attempt")
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column("text", { name: "login_name" })
  loginName!: string;

  @Column("text")
  ip!: string;

  @Column("boolean")
  succeeded!: boolean;

  @Column("timestamptz")
  at!: Date;
}

import "reflect-metadata";
import { DataSource } from "typeorm";
import { AccountEntity } from "../modules/account/account.entity";
import { AccountQuotaEntity } from "../modules/account/account-quota.entity";
import { AuditLogEntity } from "../modules/audit/audit-log.entity";
import { LoginAttemptEntity } from "../modules/auth/login-attempt.entity";
import { SessionEntity } from "../modules/auth/session.entity";
import { ProductLineEntity } from "../modules/catalog/product-line.entity";
import { DealerEntity } from "../modules/dealer/dealer.entity";
import { DealerQuotaEntity } from "../modules/dealer/dealer-quota.entity";
import { Foundation1764780000000 } from "./migrations/1764780000000-foundation";
import { Enterprises1764790000000 } from "./migrations/1764790000000-enterprises";
import { EnterpriseEntity } from "../modules/enterprise/enterprise.entity";
import { EnterpriseDomainEntity } from "../modules/enterprise/enterprise-domain.entity";

export const ENTITIES = [
  AccountEntity,
  AccountQuotaEntity,
  AuditLogEntity,
  LoginAttemptEntity,
  SessionEntity,
  ProductLineEntity,
  DealerEntity,
  DealerQuotaEntity,
  EnterpriseEntity,
  EnterpriseDomainEntity,
];

export const MIGRATIONS = [Foundation1764780000000, Enterprises1764790000000];

/** The schema comes from migrations only (synchronize would drop hand-made indexes). */
export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: ["error"],
    extra: { max: poolSize },
  });
}

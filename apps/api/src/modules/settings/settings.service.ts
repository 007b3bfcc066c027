import { POOL_SETTINGS, isValidPoolSetting, type PoolSettingName } from "@crm/domain";
import { In, type DataSource, type EntityManager } from "typeorm";
import type { Viewer } from "../../access/viewer";
import type { AuditService } from "../audit/audit.service";
import { AppSettingEntity } from "./app-setting.entity";
import type { PoolSettings } from "./pool-settings.type";

const NAMES = Object.keys(POOL_SETTINGS) as PoolSettingName[];

/** Reads and writes app_setting. A missing or malformed value reads as its default. */
export class SettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The pool settings; pass the transaction's manager when reading inside one. */
  async poolSettings(manager: EntityManager = this.dataSource.manager): Promise<PoolSettings> {
    const rows = await manager.findBy(AppSettingEntity, { key: In(NAMES.map((n) => POOL_SETTINGS[n].key)) });
    const valueOf = (name: PoolSettingName): number => {
      const value = rows.find((r) => r.key === POOL_SETTINGS[name].key)?.value;
      return typeof value === "number" && isValidPoolSetting(name, value) ? value : POOL_SETTINGS[name].default;
    };
    return { graceDays: valueOf("graceDays"), dailyClaimCap: valueOf("dailyClaimCap") };
  }

  async updatePoolSettings(viewer: Viewer, input: Partial<PoolSettings>): Promise<PoolSettings> {
    return this.dataSource.transaction(async (m) => {
      // Serializes concurrent edits so the audit entry's before/after are exact.
      await m.query(`SELECT key FROM app_setting WHERE key = ANY($1) FOR UPDATE`, [
        NAMES.map((n) => POOL_SETTINGS[n].key),
      ]);
      const before = await this.poolSettings(m);
      const after = { ...before };
      for (const name of NAMES) {
        const value = input[name];
        if (value === undefined || value === null) continue;
        after[name] = value;
        await m.query(
          `INSERT INTO app_setting (key, value, updated_at) VALUES ($1, $2::jsonb, now())
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
          [POOL_SETTINGS[name].key, JSON.stringify(value)],
        );
      }
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "settings.update",
        entityType: "app_setting",
        entityId: "pool",
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
  }
}

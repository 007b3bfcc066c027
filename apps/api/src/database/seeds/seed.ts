import { ROLE_PRESETS, enterpriseSearchText } from "@crm/domain";
import type { DataSource, EntityManager } from "typeorm";
import { AccountEntity } from "../../modules/account/account.entity";
import { AccountQuotaEntity } from "../../modules/account/account-quota.entity";
import { ProductLineEntity } from "../../modules/catalog/product-line.entity";
import { DealerEntity } from "../../modules/dealer/dealer.entity";
import { DealerQuotaEntity } from "../../modules/dealer/dealer-quota.entity";
import { AuditService } from "../../modules/audit/audit.service";
import { NoticeService } from "../../modules/notice/notice.service";
import { hashPassword } from "../../shared/password";
import { seedCatalogue, seedDemoDiscounts } from "./catalogue-seed";
import { seedDemoTopUps } from "./ledger-seed";
import {
  DEMO_ANNOUNCEMENT,
  DEMO_VERIFICATION_REQUEST_DOMAIN,
  DEMO_DEALERS,
  DEMO_ENTERPRISES,
  DEMO_PASSWORD,
  DEMO_PRODUCT_LINES,
  DEMO_VENDOR_STAFF,
} from "./demo-data";

/** Product lines are reference data: present in every database, demo or not. */
export async function seedProductLines(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO product_line (code, name, sort_order)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ON CONFLICT (code) DO NOTHING`,
    [
      DEMO_PRODUCT_LINES.map((p) => p.code),
      DEMO_PRODUCT_LINES.map((p) => p.name),
      DEMO_PRODUCT_LINES.map((_, i) => i + 1),
    ],
  );
}

/** Seeds the demo world once: does nothing when any account exists. Returns whether it seeded. */
export async function seedDemoData(
  dataSource: DataSource,
  log: (line: string) => void = () => undefined,
): Promise<boolean> {
  await seedProductLines(dataSource);
  await seedCatalogue(dataSource);
  if ((await dataSource.getRepository(AccountEntity).count()) > 0) return false;
  log("seeding demo data …");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (m) => {
    const lines = new Map((await m.find(ProductLineEntity)).map((p) => [p.code, p.id]));
    const lineId = (code: string): string => {
      const id = lines.get(code);
      if (!id) throw new Error(`unknown product line ${code}`);
      return id;
    };
    const staff = new Map<string, AccountEntity>();
    for (const person of DEMO_VENDOR_STAFF) {
      const account = await m.save(
        m.create(AccountEntity, {
          kind: "VENDOR",
          dealerId: null,
          loginName: person.loginName,
          passwordHash,
          realName: person.realName,
          mobile: null,
          accountType: null,
          vendorRoles: [...person.roles],
          status: "ACTIVE",
          superiorId: null,
          permissions: [],
        }),
      );
      staff.set(person.loginName, account);
    }
    for (const spec of DEMO_DEALERS) {
      const dealer = await m.save(
        m.create(DealerEntity, {
          name: spec.name,
          regionName: spec.regionName,
          status: "ACTIVE",
          channelManagerId: staff.get("vendor.cm")?.id ?? null,
        }),
      );
      for (const [code, max] of Object.entries(spec.quotas)) {
        await m.save(m.create(DealerQuotaEntity, { dealerId: dealer.id, productLineId: lineId(code), maxCount: max }));
      }
      await m.query(`INSERT INTO dealer_region (dealer_id, region_code) SELECT $1, unnest($2::text[])`, [
        dealer.id,
        [...spec.regions],
      ]);
      const byKey = new Map<string, AccountEntity>();
      for (const person of spec.accounts) {
        const preset = ROLE_PRESETS.find((p) => p.code === person.preset);
        if (!preset) throw new Error(`unknown preset ${person.preset}`);
        const superior = person.superior ? byKey.get(person.superior) : undefined;
        const account = await m.save(
          m.create(AccountEntity, {
            kind: "DEALER",
            dealerId: dealer.id,
            loginName: person.loginName,
            passwordHash,
            realName: person.realName,
            mobile: null,
            accountType: preset.accountType,
            vendorRoles: [],
            status: "ACTIVE",
            superiorId: superior?.id ?? null,
            permissions: [...preset.permissions],
          }),
        );
        byKey.set(person.key, account);
        for (const [code, max] of Object.entries(person.quotas)) {
          await m.save(
            m.create(AccountQuotaEntity, {
              dealerId: dealer.id,
              accountId: account.id,
              productLineId: lineId(code),
              maxCount: max,
            }),
          );
        }
      }
      if (spec === DEMO_DEALERS[0]) await seedEnterprises(m, dealer.id, byKey, lineId);
    }
    await seedDemoDiscounts(m);
    await seedDemoTopUps(m);
    await m.query(
      `INSERT INTO notice (type, audience, all_dealers, title, body, link, created_by)
       VALUES ('ANNOUNCEMENT', 'DEALERS', true, $1, $2, $3, $4)`,
      [DEMO_ANNOUNCEMENT.title, DEMO_ANNOUNCEMENT.body, DEMO_ANNOUNCEMENT.link, staff.get("vendor.ops")?.id ?? null],
    );
  });
  // 域名认证通知: a customer of 华东 asked to verify its domain, as the mail platform reports it.
  await new NoticeService(dataSource, new AuditService(dataSource)).raiseDomainEvent(null, {
    domain: DEMO_VERIFICATION_REQUEST_DOMAIN,
    event: "VERIFICATION_REQUESTED",
    productLineCode: "MAIL",
  });
  log("demo data seeded");
  return true;
}

async function seedEnterprises(
  m: EntityManager,
  dealerId: string,
  accounts: ReadonlyMap<string, AccountEntity>,
  lineId: (code: string) => string,
): Promise<void> {
  for (const [i, e] of DEMO_ENTERPRISES.entries()) {
    const owner = accounts.get(e.owner);
    if (!owner) throw new Error(`unknown demo owner ${e.owner}`);
    // entered a month ago (before their follow-ups), one minute apart in list order: "newest
    // first" is the same on every installation (docs/partner-api.md shows the answer for this data)
    const [row] = await m.query<{ id: string }[]>(
      `INSERT INTO enterprise (dealer_id, owner_account_id, name, main_domain, region_code, industry, scale, source,
         product_line_id, status, search_text, created_by_id, last_follow_up_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'DEALER_ENTRY', $8, $9, $10, $2, now() - interval '2 days',
         now() - interval '30 days' - make_interval(mins => $11)) RETURNING id`,
      [
        dealerId,
        owner.id,
        e.name,
        e.domain,
        e.region,
        e.industry,
        e.scale,
        lineId("MAIL"),
        e.status,
        enterpriseSearchText(e.name, [e.domain]),
        DEMO_ENTERPRISES.length - i,
      ],
    );
    if (!row) throw new Error("enterprise insert returned nothing");
    await m.query(
      `INSERT INTO enterprise_domain (enterprise_id, dealer_id, domain, is_main) VALUES ($1, $2, $3, true)`,
      [row.id, dealerId, e.domain],
    );
    await m.query(
      `INSERT INTO follow_up (enterprise_id, dealer_id, account_id, happened_at, channel, content)
       VALUES ($1, $2, $3, now() - interval '2 days', 'PHONE', $4)`,
      [row.id, dealerId, owner.id, e.followUp],
    );
    if (e.service) {
      await m.query(
        `INSERT INTO service (dealer_id, enterprise_id, product_line_id, domain, kind, seats, starts_at, expires_at,
                              edition_id)
         VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7), now() + make_interval(days => $8),
                 (SELECT id FROM edition WHERE product_line_id = $3 AND code = $9))`,
        [
          dealerId,
          row.id,
          lineId(e.service.line),
          e.domain,
          e.service.kind,
          e.service.seats,
          e.service.startDaysAgo,
          e.service.expiresInDays,
          e.service.edition,
        ],
      );
    }
  }
}

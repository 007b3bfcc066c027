import { randomBytes, randomUUID } from "node:crypto";
import {
  CAMPAIGN_BANNER_MAX_BYTES,
  CAMPAIGN_BANNER_WIDTH,
  CAMPAIGN_REVIEW_REASON_MAX,
  checkValidity,
  isValidChannelCode,
  normalizeFormFields,
  reviewStatusAfterEdit,
  slugFromBytes,
} from "@crm/domain";
import sharp from "sharp";
import type { DataSource, EntityManager } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import type { Clock } from "../../shared/clock";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import type { FileStore } from "../../shared/file-store";
import { likePattern } from "../../shared/like-pattern";
import type { AuditService } from "../audit/audit.service";
import { CampaignChannelEntity } from "./campaign-channel.entity";
import type { CampaignPublicService } from "./campaign-public.service";
import { buildCampaignStats, type CampaignStats } from "./campaign-stats.types";
import { CampaignEntity } from "./campaign.entity";
import type { ReviewDecision } from "./campaign.enums";
import { mayRunCampaigns } from "./campaign.rules";
import type { CampaignFilter, CampaignInput } from "./dto/campaign.input";
import { sanitizeCampaignBody } from "./sanitize-body";

/** Campaign rows belong to (dealer_id, created_by): staff see their own, superiors their subtree. */
export const CAMPAIGN_SCOPE = { dealerColumn: "c.dealer_id", accountColumn: "c.created_by" } as const;

export interface CampaignPage {
  items: CampaignEntity[];
  totalCount: number;
}

function snapshot(c: CampaignEntity): Record<string, unknown> {
  return {
    name: c.name,
    title: c.title,
    formFields: c.formFields,
    validFrom: c.validFrom.toISOString(),
    validTo: c.validTo.toISOString(),
    reviewStatus: c.reviewStatus,
    enabled: c.enabled,
  };
}

/**
 * 推广平台, the console side (SPEC §9): campaigns with their channels and H5 content, the
 * review by vendor operations, enabling/disabling and the banner image. The public page,
 * sign-ups and statistics are in CampaignPublicService.
 */
export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly store: FileStore,
    private readonly clock: Clock,
    private readonly publicSide: CampaignPublicService,
  ) {}

  /** 活动统计 of a visible campaign (same visibility as the campaign itself). */
  async stats(scope: AccessScope, id: string): Promise<CampaignStats> {
    const campaign = await this.get(scope, id);
    const [channels, rows] = await Promise.all([this.channels(campaign.id), this.publicSide.stats(campaign.id)]);
    return buildCampaignStats(channels, rows);
  }

  scoped(scope: AccessScope, m: EntityManager = this.dataSource.manager) {
    const qb = m.getRepository(CampaignEntity).createQueryBuilder("c");
    applyScope(qb, scope, CAMPAIGN_SCOPE);
    return qb;
  }

  async list(scope: AccessScope, filter: CampaignFilter, page: number, pageSize: number): Promise<CampaignPage> {
    if (!Number.isInteger(page) || page < 1) throw invalid("page", "页码无效", "the page number is not valid");
    if (![10, 20, 50, 100].includes(pageSize)) {
      throw invalid("pageSize", "每页条数须为 10、20、50 或 100", "page size must be 10, 20, 50 or 100");
    }
    const qb = this.scoped(scope);
    if (filter.text?.trim()) qb.andWhere("c.name ILIKE :like", { like: likePattern(filter.text) });
    if (filter.reviewStatus) qb.andWhere("c.review_status = :rs", { rs: filter.reviewStatus });
    const [items, totalCount] = await qb
      .orderBy("c.created_at", "DESC")
      .addOrderBy("c.id", "DESC")
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, totalCount };
  }

  async get(scope: AccessScope, id: string): Promise<CampaignEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("campaign");
    const campaign = await this.scoped(scope).andWhere("c.id = :id", { id }).getOne();
    if (!campaign) throw notFound("campaign");
    return campaign;
  }

  channels(campaignId: string): Promise<CampaignChannelEntity[]> {
    return this.dataSource.getRepository(CampaignChannelEntity).find({
      where: { campaignId },
      order: { sortOrder: "ASC", code: "ASC" },
    });
  }

  async create(viewer: Viewer, input: CampaignInput): Promise<CampaignEntity> {
    if (!mayRunCampaigns(viewer) || !viewer.account.dealerId) throw new DomainError("FORBIDDEN");
    const dealerId = viewer.account.dealerId;
    const checked = this.check(input);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (m) => {
          const campaign = m.create(CampaignEntity, {
            id: randomUUID(),
            slug: slugFromBytes(randomBytes(8)),
            dealerId,
            createdBy: viewer.account.id,
            ...checked.fields,
            bannerKey: null,
            bannerContentType: null,
            bannerVersion: 0,
            reviewStatus: "PENDING",
            reviewReason: null,
            reviewedBy: null,
            reviewedAt: null,
            enabled: true,
          });
          await m.insert(CampaignEntity, campaign);
          await this.writeChannels(m, campaign.id, checked.channels);
          await this.audit.record(m, viewer, {
            dealerId,
            action: "campaign.create",
            entityType: "campaign",
            entityId: campaign.id,
            after: { ...snapshot(campaign), channels: checked.channels },
          });
          return m.findOneByOrFail(CampaignEntity, { id: campaign.id });
        });
      } catch (error) {
        // A slug collision (1 in 31^8) is retried with a new slug.
        if (attempt < 3 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  async update(viewer: Viewer, scope: AccessScope, id: string, input: CampaignInput): Promise<CampaignEntity> {
    if (!mayRunCampaigns(viewer)) throw new DomainError("FORBIDDEN");
    await this.get(scope, id);
    const checked = this.check(input);
    return this.dataSource.transaction(async (m) => {
      const campaign = await m.findOne(CampaignEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!campaign) throw notFound("campaign");
      const before = snapshot(campaign);
      const oldChannels = await m.find(CampaignChannelEntity, { where: { campaignId: id } });
      const contentChanged =
        campaign.title !== checked.fields.title ||
        campaign.bodyHtml !== checked.fields.bodyHtml ||
        campaign.formFields.join() !== checked.fields.formFields.join();
      Object.assign(campaign, checked.fields);
      campaign.reviewStatus = reviewStatusAfterEdit(campaign.reviewStatus, contentChanged);
      if (contentChanged) {
        campaign.reviewReason = null;
        campaign.reviewedAt = null;
        campaign.reviewedBy = null;
      }
      await m.save(CampaignEntity, campaign);
      await m.delete(CampaignChannelEntity, { campaignId: id });
      await this.writeChannels(m, id, checked.channels);
      await this.audit.record(m, viewer, {
        dealerId: campaign.dealerId,
        action: "campaign.update",
        entityType: "campaign",
        entityId: id,
        before: { ...before, channels: oldChannels.map((c) => ({ code: c.code, name: c.name })) },
        after: { ...snapshot(campaign), channels: checked.channels },
      });
      return campaign;
    });
  }

  async setEnabled(viewer: Viewer, scope: AccessScope, id: string, enabled: boolean): Promise<CampaignEntity> {
    if (!mayRunCampaigns(viewer)) throw new DomainError("FORBIDDEN");
    const campaign = await this.get(scope, id);
    return this.dataSource.transaction(async (m) => {
      await m.update(CampaignEntity, { id }, { enabled });
      await this.audit.record(m, viewer, {
        dealerId: campaign.dealerId,
        action: enabled ? "campaign.enable" : "campaign.disable",
        entityType: "campaign",
        entityId: id,
        before: { name: campaign.name, enabled: campaign.enabled },
        after: { name: campaign.name, enabled },
      });
      return m.findOneByOrFail(CampaignEntity, { id });
    });
  }

  /** Vendor operations decide a pending campaign: approve, or reject with a reason. */
  async review(viewer: Viewer, id: string, decision: ReviewDecision, reason: string | null): Promise<CampaignEntity> {
    const text = reason?.trim() ?? "";
    if (decision === "REJECT" && text.length === 0) {
      throw invalid("reason", "驳回时请填写原因", "give a reason for the rejection");
    }
    if (text.length > CAMPAIGN_REVIEW_REASON_MAX) {
      throw invalid("reason", "审核意见不能超过 200 字", "the reason is too long (≤ 200)");
    }
    return this.dataSource.transaction(async (m) => {
      const status = decision === "APPROVE" ? "APPROVED" : "REJECTED";
      const rows: { id: string }[] = await m.query(
        `UPDATE campaign SET review_status = $2, review_reason = $3, reviewed_by = $4, reviewed_at = $5, updated_at = now()
          WHERE id = $1 AND review_status = 'PENDING' RETURNING id`,
        [id, status, text || null, viewer.account.id, this.clock()],
      );
      const campaign = await m.findOneBy(CampaignEntity, { id });
      if (!campaign) throw notFound("campaign");
      if (rows.length === 0) throw new DomainError("CAMPAIGN_NOT_PENDING");
      await this.audit.record(m, viewer, {
        dealerId: campaign.dealerId,
        action: decision === "APPROVE" ? "campaign.approve" : "campaign.reject",
        entityType: "campaign",
        entityId: id,
        before: { name: campaign.name, reviewStatus: "PENDING" },
        after: { name: campaign.name, reviewStatus: status, reason: text || null },
      });
      return campaign;
    });
  }

  /**
   * The banner image: JPG, PNG or WebP by its bytes (sharp reads them), at most 5 MB; stored as
   * a JPEG at most 750 px wide (a phone screen at 2x), EXIF stripped.
   */
  async setBanner(viewer: Viewer, scope: AccessScope, id: string, bytes: Buffer): Promise<CampaignEntity> {
    if (!mayRunCampaigns(viewer)) throw new DomainError("FORBIDDEN");
    const campaign = await this.get(scope, id);
    if (bytes.length === 0 || bytes.length > CAMPAIGN_BANNER_MAX_BYTES) throw new DomainError("FILE_TOO_LARGE");
    let resized: Buffer;
    try {
      const meta = await sharp(bytes, { limitInputPixels: 40_000_000 }).metadata();
      if (!meta.format || !["jpeg", "png", "webp"].includes(meta.format)) throw new Error("format");
      resized = await sharp(bytes, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize({ width: CAMPAIGN_BANNER_WIDTH, withoutEnlargement: true })
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: 80, mozjpeg: true })
        .toBuffer();
    } catch {
      throw new DomainError(
        "FILE_TYPE_NOT_ALLOWED",
        { reason: "CONTENT" },
        { zh: "横幅图片须为 JPG、PNG 或 WebP", en: "The banner must be a JPG, PNG or WebP image" },
      );
    }
    const key = `campaigns/${id}/banner-${randomUUID()}`;
    await this.store.put(key, resized);
    const old = campaign.bannerKey;
    const saved = await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE campaign SET banner_key = $2, banner_content_type = 'image/jpeg', banner_version = banner_version + 1,
                updated_at = now() WHERE id = $1`,
        [id, key],
      );
      await this.audit.record(m, viewer, {
        dealerId: campaign.dealerId,
        action: "campaign.banner",
        entityType: "campaign",
        entityId: id,
        after: { name: campaign.name, bannerBytes: resized.length },
      });
      return m.findOneByOrFail(CampaignEntity, { id });
    });
    if (old) await this.store.delete(old).catch(() => undefined);
    return saved;
  }

  /** The banner's bytes for the public page (no visibility: the page itself is public). */
  async openBanner(id: string): Promise<{ stream: NodeJS.ReadableStream; size: number; contentType: string } | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id });
    if (!campaign?.bannerKey) return null;
    const file = await this.store.get(campaign.bannerKey).catch(() => null);
    return file ? { ...file, contentType: campaign.bannerContentType ?? "image/jpeg" } : null;
  }

  private check(input: CampaignInput) {
    const name = input.name.trim();
    const title = input.title.trim();
    if (!name) throw invalid("name", "请填写活动名称", "enter the campaign name");
    if (!title) throw invalid("title", "请填写页面标题", "enter the page title");
    const validFrom = new Date(input.validFrom);
    const validTo = new Date(input.validTo);
    const problem = checkValidity(validFrom, validTo);
    if (problem === "ORDER") throw invalid("validTo", "结束时间须晚于开始时间", "the end must be after the start");
    if (problem === "TOO_LONG") throw invalid("validTo", "有效期最长两年", "the validity is at most two years");
    if (input.channels.length === 0) throw invalid("channels", "请至少添加一个传播途径", "add at least one channel");
    const seen = new Set<string>();
    const channels = input.channels.map((c) => {
      const code = c.code.trim().toLowerCase();
      const channelName = c.name.trim();
      if (!isValidChannelCode(code)) {
        throw invalid("channels", "渠道编码只能包含小写字母、数字和 -", "a channel code has a-z, 0-9 and '-' only");
      }
      if (!channelName) throw invalid("channels", "请填写渠道名称", "name every channel");
      if (seen.has(code)) throw invalid("channels", `渠道编码 ${code} 重复`, `the channel code ${code} is repeated`);
      seen.add(code);
      return { code, name: channelName };
    });
    return {
      fields: {
        name,
        title,
        bodyHtml: sanitizeCampaignBody(input.bodyHtml),
        formFields: normalizeFormFields(input.formFields),
        validFrom,
        validTo,
      },
      channels,
    };
  }

  private async writeChannels(m: EntityManager, campaignId: string, channels: { code: string; name: string }[]) {
    if (channels.length === 0) return;
    await m.insert(
      CampaignChannelEntity,
      channels.map((c, index) => ({ campaignId, code: c.code, name: c.name, sortOrder: index })),
    );
  }
}

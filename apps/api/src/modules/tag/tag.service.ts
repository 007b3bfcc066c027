import { TAG_NAME_MAX, isValidTagColor } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource, EntityManager } from "typeorm";
import { isUniqueViolation } from "../../shared/db-errors";
import type { AccessScope } from "../../access/access-scope";
import { isDealerAdmin, type Viewer } from "../../access/viewer";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import type { AuditService } from "../audit/audit.service";
import type { CreateTagInput, UpdateTagInput } from "./dto/tag.input";
import { EnterpriseTagEntity } from "./enterprise-tag.entity";
import { TagEntity } from "./tag.entity";

const TAG_NAME_INDEX = "tag_dealer_name_uq";

function checkTagName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > TAG_NAME_MAX) {
    throw invalid("name", "标签名称须为 1–20 个字符", "a tag name needs 1–20 characters");
  }
  return name;
}

function checkColor(raw: string): string {
  const color = raw.trim();
  if (!isValidTagColor(color)) throw invalid("color", "颜色无效", "the colour is not valid");
  return color;
}

function snapshot(tag: TagEntity): Record<string, unknown> {
  return { name: tag.name, color: tag.color };
}

function isNameTaken(error: unknown): boolean {
  return isUniqueViolation(error, TAG_NAME_INDEX);
}

/**
 * 标签: each dealer defines its own. Every user of the dealer sees and uses them (on enterprises
 * they may edit); defining, renaming and deleting them is the dealer's global information, so
 * dealer admins do it. Another dealer's tag is NOT_FOUND.
 */
export class TagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The dealer's tags by name: a dealer user's own dealer; vendor staff name the dealer. */
  async list(scope: AccessScope, dealerId: string | null): Promise<TagEntity[]> {
    let target: string | null = null;
    if (scope.kind === "dealer") target = dealerId === null || dealerId === scope.dealerId ? scope.dealerId : null;
    else if (scope.kind === "vendor") target = dealerId;
    if (target === null || !isUUID(target)) return [];
    return this.dataSource.getRepository(TagEntity).find({ where: { dealerId: target }, order: { name: "ASC" } });
  }

  async create(viewer: Viewer, input: CreateTagInput): Promise<TagEntity> {
    const dealerId = this.adminDealer(viewer);
    const name = checkTagName(input.name);
    const color = checkColor(input.color ?? "blue");
    return this.mapNameTaken(() =>
      this.dataSource.transaction(async (m) => {
        await this.assertNameFree(m, dealerId, name, null);
        const tag = await m.save(m.create(TagEntity, { dealerId, name, color }));
        await this.audit.record(m, viewer, {
          dealerId,
          action: "tag.create",
          entityType: "tag",
          entityId: tag.id,
          after: snapshot(tag),
        });
        return tag;
      }),
    );
  }

  async update(viewer: Viewer, id: string, input: UpdateTagInput): Promise<TagEntity> {
    const dealerId = this.adminDealer(viewer);
    const name = input.name !== undefined && input.name !== null ? checkTagName(input.name) : undefined;
    const color = input.color !== undefined && input.color !== null ? checkColor(input.color) : undefined;
    return this.mapNameTaken(() =>
      this.dataSource.transaction(async (m) => {
        const tag = await this.lockOwn(m, dealerId, id);
        const before = snapshot(tag);
        if (name !== undefined && name !== tag.name) {
          await this.assertNameFree(m, dealerId, name, tag.id);
          tag.name = name;
        }
        if (color !== undefined) tag.color = color;
        const saved = await m.save(tag);
        await this.audit.record(m, viewer, {
          dealerId,
          action: "tag.update",
          entityType: "tag",
          entityId: saved.id,
          before,
          after: snapshot(saved),
        });
        return saved;
      }),
    );
  }

  /** Deletes the tag and takes it off every enterprise that carried it. */
  async remove(viewer: Viewer, id: string): Promise<void> {
    const dealerId = this.adminDealer(viewer);
    await this.dataSource.transaction(async (m) => {
      const tag = await this.lockOwn(m, dealerId, id);
      const untagged = await m.countBy(EnterpriseTagEntity, { tagId: tag.id });
      await m.delete(EnterpriseTagEntity, { tagId: tag.id });
      await m.delete(TagEntity, { id: tag.id });
      await this.audit.record(m, viewer, {
        dealerId,
        action: "tag.delete",
        entityType: "tag",
        entityId: tag.id,
        before: { ...snapshot(tag), enterpriseCount: untagged },
      });
    });
  }

  private adminDealer(viewer: Viewer): string {
    if (!isDealerAdmin(viewer) || !viewer.account.dealerId) throw new DomainError("FORBIDDEN");
    return viewer.account.dealerId;
  }

  private async lockOwn(m: EntityManager, dealerId: string, id: string): Promise<TagEntity> {
    const tag = isUUID(id)
      ? await m.findOne(TagEntity, { where: { id, dealerId }, lock: { mode: "pessimistic_write" } })
      : null;
    if (!tag) throw notFound("tag");
    return tag;
  }

  private async assertNameFree(m: EntityManager, dealerId: string, name: string, exceptId: string | null) {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM tag WHERE dealer_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [dealerId, name, exceptId],
    );
    if (rows.length > 0) throw new DomainError("DUPLICATE_TAG", { name });
  }

  private async mapNameTaken<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isNameTaken(error)) throw new DomainError("DUPLICATE_TAG");
      throw error;
    }
  }
}

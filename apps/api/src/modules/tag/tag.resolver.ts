import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { enterpriseLoaders } from "../enterprise/enterprise.loaders";
import { CreateTagInput, UpdateTagInput } from "./dto/tag.input";
import { TagEntity } from "./tag.entity";

@Resolver(() => TagEntity)
export class TagResolver {
  @Query(() => [TagEntity], {
    description: "The dealer's tags by name: a dealer user's own dealer; vendor staff pass dealerId",
  })
  tags(
    @Arg("dealerId", () => ID, { nullable: true }) dealerId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TagEntity[]> {
    return ctx.services.tag.list(ctx.scope, dealerId ?? null);
  }

  @Mutation(() => TagEntity, { description: "新建标签 (dealer admins)" })
  createTag(@Arg("input", () => CreateTagInput) input: CreateTagInput, @Ctx() ctx: RequestContext): Promise<TagEntity> {
    return ctx.services.tag.create(viewerOf(ctx), input);
  }

  @Mutation(() => TagEntity, { description: "Rename or recolour a tag (dealer admins)" })
  updateTag(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateTagInput) input: UpdateTagInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TagEntity> {
    return ctx.services.tag.update(viewerOf(ctx), id, input);
  }

  @Mutation(() => Boolean, { description: "Deletes a tag and removes it from every enterprise (dealer admins)" })
  async deleteTag(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.tag.remove(viewerOf(ctx), id);
    return true;
  }

  @FieldResolver(() => Int, { description: "How many enterprises visible to the viewer carry the tag" })
  enterpriseCount(@Root() tag: TagEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return enterpriseLoaders(ctx).tagUsage.load(tag.id);
  }
}

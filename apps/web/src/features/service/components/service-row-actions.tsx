"use client";

import { Flex } from "antd";
import type { ServiceRowFragment } from "@/gql/graphql";
import { ServiceOrderActions } from "../../order/components/service-order-actions";
import { ServiceAddonsButton } from "./service-addons-drawer";

/**
 * A service's actions: the order feature's 扩容 / 续费 (转正 / 延期 for a trial), shown to viewers
 * who may submit orders, and 增值服务.
 */
export function ServiceRowActions({
  service,
  onOrderCreated,
}: {
  service: ServiceRowFragment;
  onOrderCreated?: () => void;
}) {
  return (
    <Flex gap={0} wrap align="center">
      <ServiceOrderActions
        service={service}
        enterprise={service.enterprise ? { id: service.enterprise.id, name: service.enterprise.name } : undefined}
        onCreated={onOrderCreated}
      />
      <ServiceAddonsButton service={service} />
    </Flex>
  );
}

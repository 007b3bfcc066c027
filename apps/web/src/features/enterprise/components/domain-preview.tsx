"use client";

import { normalizeDomain, toUnicodeDomain } from "@crm/domain";
import { Typography } from "antd";
import { useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";

/**
 * Under a domain field, live: what will be stored — the registrable domain (IDN in Unicode,
 * with its punycode) — or nothing while the input is empty or invalid (the field's error says why).
 */
export function DomainPreview({ input }: { input: string | undefined }) {
  const t = useMessages(enterpriseMessages);
  if (!input?.trim()) return null;
  const result = normalizeDomain(input);
  if (!result.ok) return null;
  const unicode = toUnicodeDomain(result.registrable);
  return (
    <Typography.Text type="success" style={{ fontSize: 13 }} data-testid="domain-preview">
      {t.willRegisterAs}
      <Typography.Text strong type="success">
        {unicode}
      </Typography.Text>
      {unicode !== result.registrable ? t.punycode(result.registrable) : null}
      {result.domain !== result.registrable ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.registrableNote(toUnicodeDomain(result.domain))}
        </Typography.Text>
      ) : null}
    </Typography.Text>
  );
}

/** The registrable domain of an input, or null when it is not a valid domain. */
export function registrableOf(input: string | undefined): string | null {
  if (!input?.trim()) return null;
  const result = normalizeDomain(input);
  return result.ok ? result.registrable : null;
}

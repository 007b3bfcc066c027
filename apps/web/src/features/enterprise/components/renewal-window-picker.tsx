"use client";

import { Flex, InputNumber, Segmented, Typography } from "antd";
import { useState } from "react";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import { MAX_WITHIN_DAYS, RENEWAL_PRESETS } from "../enterprise-list-state";
import { filterLabelWidth } from "./enterprise-filter-form";

const CUSTOM = "custom";

/** 企业待续费: "expiring within N days" — the presets 7/15/30/60/90 or any N in 1…365. */
export function RenewalWindowPicker({ value, onChange }: { value: number; onChange: (days: number) => void }) {
  const t = useMessages(enterpriseMessages);
  const lang = useLang();
  const isPreset = (RENEWAL_PRESETS as readonly number[]).includes(value);
  const [custom, setCustom] = useState(!isPreset);
  const [draft, setDraft] = useState<number | null>(value);
  const selected = custom || !isPreset ? CUSTOM : String(value);

  return (
    <Flex align="center" gap={12} wrap data-testid="renewal-window">
      <Typography.Text
        style={{ width: filterLabelWidth(lang), textAlign: "right", paddingInlineEnd: 10, marginInlineEnd: -12 }}
      >
        {t.withinDays}
      </Typography.Text>
      <Segmented<string>
        value={selected}
        options={[
          ...RENEWAL_PRESETS.map((n) => ({ value: String(n), label: t.withinDaysOption(n) })),
          { value: CUSTOM, label: t.withinDaysCustom },
        ]}
        onChange={(next) => {
          if (next === CUSTOM) {
            setCustom(true);
            setDraft(value);
            return;
          }
          setCustom(false);
          onChange(Number(next));
        }}
      />
      {selected === CUSTOM ? (
        <InputNumber<number>
          min={1}
          max={MAX_WITHIN_DAYS}
          precision={0}
          value={draft}
          onChange={(n) => setDraft(n)}
          onBlur={() => {
            if (draft && draft !== value) onChange(draft);
          }}
          onPressEnter={() => {
            if (draft && draft !== value) onChange(draft);
          }}
          suffix={t.withinDaysUnit}
          style={{ width: 120 }}
          aria-label={t.withinDays}
          data-testid="renewal-days"
        />
      ) : null}
      <Typography.Text type="secondary">{t.withinDaysHint(value)}</Typography.Text>
    </Flex>
  );
}

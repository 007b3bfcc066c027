"use client";

import { CheckOutlined } from "@ant-design/icons";
import { TAG_PRESET_COLORS, isValidTagColor } from "@crm/domain";
import { ColorPicker, Flex, Tooltip, theme } from "antd";
import { useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";

/** A tag colour: one of Ant Design's preset colours, or any #rrggbb. */
export function TagColorPicker({ value, onChange }: { value?: string; onChange?: (color: string) => void }) {
  const t = useMessages(enterpriseMessages);
  const { token } = theme.useToken();
  const custom = value && !(TAG_PRESET_COLORS as readonly string[]).includes(value) && isValidTagColor(value);
  return (
    <Flex gap={6} wrap align="center" role="radiogroup" aria-label={t.tagColor}>
      {TAG_PRESET_COLORS.map((name) => (
        <Tooltip key={name} title={name}>
          <button
            type="button"
            role="radio"
            aria-checked={value === name}
            aria-label={name}
            onClick={() => onChange?.(name)}
            style={{
              width: 22,
              height: 22,
              borderRadius: 4,
              border: value === name ? "2px solid #1f1f1f" : "1px solid rgba(0,0,0,0.1)",
              background: token[name],
              cursor: "pointer",
              padding: 0,
              display: "inline-flex",
              alignItems: "center",
              justifyContent: "center",
              color: "#fff",
              fontSize: 11,
            }}
          >
            {value === name ? <CheckOutlined /> : null}
          </button>
        </Tooltip>
      ))}
      <ColorPicker
        size="small"
        disabledAlpha
        value={custom ? value : undefined}
        onChangeComplete={(color) => onChange?.(color.toHexString())}
        showText={() => t.tagCustomColor}
      />
    </Flex>
  );
}

"use client";

import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Space, Tooltip } from "antd";
import { useRef, useState } from "react";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import { downloadExport, ExportError, formatBytes, type ExportFormat, type ExportRequest } from "../export-enterprises";

const MESSAGE_KEY = "enterprise-export";

/** 导出 CSV / Excel of the list as filtered and sorted now; progress while the file streams. */
export function ExportButtons({ request }: { request: Omit<ExportRequest, "format"> }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const [running, setRunning] = useState<ExportFormat | null>(null);
  const lastShown = useRef(0);

  async function run(format: ExportFormat) {
    setRunning(format);
    lastShown.current = 0;
    message.open({ key: MESSAGE_KEY, type: "loading", content: t.exporting, duration: 0 });
    try {
      const name = await downloadExport({ ...request, format }, lang, (bytes) => {
        // A few updates a second are enough.
        const now = Date.now();
        if (now - lastShown.current < 250) return;
        lastShown.current = now;
        message.open({ key: MESSAGE_KEY, type: "loading", content: t.exportingBytes(formatBytes(bytes)), duration: 0 });
      });
      message.open({ key: MESSAGE_KEY, type: "success", content: t.exportDone(name), duration: 3 });
    } catch (error) {
      const content = error instanceof ExportError ? t.exportFailedWith(error.userMessage) : t.exportFailed;
      message.open({ key: MESSAGE_KEY, type: "error", content, duration: 6 });
    } finally {
      setRunning(null);
    }
  }

  return (
    <Tooltip title={t.exportHint} placement="top" mouseEnterDelay={0.6}>
      <Space.Compact>
        <Button
          icon={<DownloadOutlined />}
          loading={running === "csv"}
          disabled={running !== null && running !== "csv"}
          onClick={() => void run("csv")}
          data-testid="export-csv"
        >
          {t.exportCsv}
        </Button>
        <Button
          loading={running === "xlsx"}
          disabled={running !== null && running !== "xlsx"}
          onClick={() => void run("xlsx")}
          data-testid="export-xlsx"
        >
          {t.exportXlsx}
        </Button>
      </Space.Compact>
    </Tooltip>
  );
}

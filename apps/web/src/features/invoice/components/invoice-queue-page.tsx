"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { INVOICE_STATUSES } from "@crm/domain";
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Segmented, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { DealerSelect } from "@/features/dealer/components/dealer-select";
import type { InvoiceRequestRowFragment, InvoiceStatus } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import { hasVendorRole } from "../../session/viewer";
import { InvoiceRequestsQuery, IssueInvoiceMutation, RejectInvoiceMutation } from "../graphql/invoice.operations";
import { invoiceMessages } from "../invoice.messages";
import { invoiceColumns } from "./invoice-columns";

type Handling = { mode: "issue" | "reject"; request: InvoiceRequestRowFragment };

/** 财务 › 发票: the queue of invoice requests; finance issues (with the number) or rejects (with a reason). */
export function InvoiceQueuePage() {
  const lang = useLang();
  const t = useMessages(invoiceMessages);
  const viewer = useViewer();
  const mayHandle = hasVendorRole(viewer, "FINANCE");
  const paging = useCursorPaging(20);
  const [status, setStatus] = useState<InvoiceStatus | "ALL">("REQUESTED");
  const [dealerId, setDealerId] = useState<string | null>(null);
  const [handling, setHandling] = useState<Handling | null>(null);
  const { data, loading, error } = useQuery(InvoiceRequestsQuery, {
    variables: {
      filter: { status: status === "ALL" ? null : status, dealerId },
      first: paging.pageSize,
      after: paging.after,
    },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.invoiceRequests;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const columns: TableColumnsType<InvoiceRequestRowFragment> = [
    ...invoiceColumns(lang, t, { showDealer: true }),
    ...(mayHandle && (status === "REQUESTED" || status === "ALL")
      ? [
          {
            title: t.colActions,
            key: "actions",
            width: 110,
            fixed: "right" as const,
            render: (_: unknown, r: InvoiceRequestRowFragment) =>
              r.status === "REQUESTED" ? (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setHandling({ mode: "issue", request: r })}
                    data-testid="invoice-issue"
                  >
                    {t.issue}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => setHandling({ mode: "reject", request: r })}
                    data-testid="invoice-reject"
                  >
                    {t.reject}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Card title={t.queueTitle}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.queueIntro}</Typography.Text>
        <Flex gap={12} wrap align="center">
          <Segmented<InvoiceStatus | "ALL">
            value={status}
            onChange={(value) => {
              setStatus(value);
              paging.reset();
            }}
            options={[
              ...INVOICE_STATUSES.map((s) => ({ value: s.code, label: pickLabel(lang, s) })),
              { value: "ALL" as const, label: t.allStatuses },
            ]}
            data-testid="invoice-status-filter"
          />
          <DealerSelect
            value={dealerId}
            onChange={(value) => {
              setDealerId(value);
              paging.reset();
            }}
            style={{ width: 260 }}
          />
        </Flex>
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<InvoiceRequestRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            locale={{ emptyText: tableEmptyText(loading, t.empty) }}
            data-testid="invoice-queue-table"
          />
          <CursorPager
            paging={paging}
            totalCount={connection?.totalCount ?? 0}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            endCursor={connection?.pageInfo.endCursor}
            loading={loading}
          />
        </div>
      </Space>
      <HandleInvoiceModal handling={handling} onClose={() => setHandling(null)} />
    </Card>
  );
}

interface HandleValues {
  invoiceNo?: string;
  note?: string;
}

function HandleInvoiceModal({ handling, onClose }: { handling: Handling | null; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(invoiceMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<HandleValues>();
  const [error, setError] = useState<string | null>(null);
  const refetchQueries = ["InvoiceRequests"];
  const [issue, issuing] = useMutation(IssueInvoiceMutation, { refetchQueries });
  const [reject, rejecting] = useMutation(RejectInvoiceMutation, { refetchQueries });
  const request = handling?.request;
  const orderNo = request?.orderNo ?? "";

  async function submit(values: HandleValues): Promise<void> {
    if (!handling || !request) return;
    setError(null);
    try {
      if (handling.mode === "issue") {
        await issue({
          variables: {
            id: request.id,
            input: { invoiceNo: values.invoiceNo?.trim() ?? "", note: values.note?.trim() || null },
          },
        });
        message.success(t.issued(orderNo));
      } else {
        await reject({ variables: { id: request.id, note: values.note?.trim() ?? "" } });
        message.success(t.rejected(orderNo));
      }
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  const issuingMode = handling?.mode === "issue";
  return (
    <Modal
      open={handling !== null}
      title={issuingMode ? t.issueTitle(orderNo) : t.rejectTitle(orderNo)}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      okText={issuingMode ? t.confirmIssue : t.confirmReject}
      okButtonProps={{ danger: !issuingMode, loading: issuing.loading || rejecting.loading }}
      cancelText={t.cancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<HandleValues> form={form} name="handleInvoice" layout="vertical" onFinish={submit} preserve={false}>
        {issuingMode ? (
          <>
            <Form.Item
              label={t.fieldInvoiceNo}
              name="invoiceNo"
              rules={[{ required: true, whitespace: true, message: t.fieldInvoiceNoRequired }, { max: 40 }]}
            >
              <Input maxLength={40} autoFocus />
            </Form.Item>
            <Form.Item label={t.fieldHandledNote} name="note" rules={[{ max: 200 }]}>
              <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            label={t.fieldRejectReason}
            name="note"
            rules={[{ required: true, whitespace: true, message: t.fieldRejectReasonRequired }, { max: 200 }]}
          >
            <Input.TextArea maxLength={200} autoSize={{ minRows: 3, maxRows: 6 }} autoFocus />
          </Form.Item>
        )}
        {error ? <Alert type="error" showIcon title={t.handleFailed} description={error} /> : null}
      </Form>
    </Modal>
  );
}

"use client";

import { PlusOutlined } from "@ant-design/icons";
import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { formatFen, normalizeTaxNumber } from "@crm/domain";
import { Alert, App, Button, Card, Form, Input, Modal, Select, Table, Typography } from "antd";
import { useState } from "react";
import type { InvoiceRequestRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { InvoiceRequestsQuery, InvoiceableOrdersQuery, RequestInvoiceMutation } from "../graphql/invoice.operations";
import { invoiceMessages } from "../invoice.messages";
import { invoiceColumns } from "./invoice-columns";

/** 开具发票 on the dealer info page: the dealer's requests and a dialog to ask for one. */
export function InvoiceRequestsCard() {
  const lang = useLang();
  const t = useMessages(invoiceMessages);
  const paging = useCursorPaging(10);
  const [open, setOpen] = useState(false);
  const { data, loading, error } = useQuery(InvoiceRequestsQuery, {
    variables: { filter: null, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.invoiceRequests;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Card
      title={t.dealerTitle}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="invoice-request-open">
          {t.request}
        </Button>
      }
      data-testid="invoice-requests-card"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t.dealerIntro}
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
      ) : null}
      <Table<InvoiceRequestRowFragment>
        rowKey="id"
        columns={invoiceColumns(lang, t, { showDealer: false })}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size="middle"
        tableLayout="fixed"
        scroll={{ x: 960 }}
        locale={{ emptyText: tableEmptyText(loading, t.empty) }}
        data-testid="invoice-table"
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount ?? 0}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={loading}
      />
      <RequestInvoiceModal
        open={open}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          paging.reset();
        }}
      />
    </Card>
  );
}

interface RequestValues {
  orderId: string;
  title: string;
  taxNumber: string;
  note?: string;
}

function RequestInvoiceModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const lang = useLang();
  const t = useMessages(invoiceMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestValues>();
  const [error, setError] = useState<string | null>(null);
  const { data, loading: ordersLoading } = useQuery(
    InvoiceableOrdersQuery,
    open ? { fetchPolicy: "network-only" } : skipToken,
  );
  const [request, { loading }] = useMutation(RequestInvoiceMutation, {
    refetchQueries: ["InvoiceRequests", "InvoiceableOrders"],
  });
  const orders = data?.invoiceableOrders ?? [];

  async function submit(values: RequestValues): Promise<void> {
    setError(null);
    try {
      const result = await request({
        variables: {
          input: {
            orderId: values.orderId,
            title: values.title.trim(),
            taxNumber: values.taxNumber,
            note: values.note?.trim() || null,
          },
        },
      });
      const made = result.data?.requestInvoice;
      if (made) {
        message.success(t.requested(made.orderNo ?? ""));
        form.resetFields();
        onDone();
      }
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open={open}
      title={t.requestTitle}
      onCancel={onClose}
      okText={t.submit}
      cancelText={t.cancel}
      confirmLoading={loading}
      onOk={() => form.submit()}
      destroyOnHidden
      width={560}
      okButtonProps={{ "data-testid": "invoice-request-submit" }}
    >
      <Form<RequestValues> form={form} name="requestInvoice" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item label={t.fieldOrder} name="orderId" rules={[{ required: true, message: t.fieldOrderRequired }]}>
          <Select<string>
            loading={ordersLoading}
            placeholder={t.fieldOrderRequired}
            notFoundContent={ordersLoading ? undefined : t.noInvoiceableOrders}
            options={orders.map((o) => ({
              value: o.orderId,
              label: t.orderOption(o.orderNo, formatFen(o.amount), o.enterpriseName ?? null),
            }))}
            showSearch={{ optionFilterProp: "label" }}
          />
        </Form.Item>
        <Form.Item
          label={t.fieldTitle}
          name="title"
          rules={[{ required: true, whitespace: true, message: t.fieldTitleRequired }, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t.fieldTaxNumber}
          name="taxNumber"
          rules={[
            { required: true, whitespace: true, message: t.fieldTaxNumberRequired },
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || normalizeTaxNumber(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.taxNumberInvalid)),
            },
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label={t.fieldNote} name="note" rules={[{ max: 200 }]}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={t.requestFailed} description={error} /> : null}
      </Form>
    </Modal>
  );
}

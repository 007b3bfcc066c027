"use client";

import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_CONTENT_MAX, FOLLOW_UP_NEXT_STEP_MAX } from "@crm/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Spin,
  Tag,
  Timeline,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo, useRef, useState } from "react";
import type { FollowUpChannel, FollowUpItemFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { followUpChannelLabel } from "@/shared/domain-labels";
import { formatDateTime, shanghaiWallClock, shanghaiWallClockToIso } from "@/shared/format";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import { AddFollowUpMutation, EnterpriseFollowUpsQuery } from "../graphql/enterprise.operations";

const PAGE_SIZE = 20;
const WALL_CLOCK = "YYYY-MM-DDTHH:mm:ss";

/** The pickers work in business time (Asia/Shanghai), like every time the console shows. */
function nowInShanghai(): Dayjs {
  return dayjs(shanghaiWallClock());
}

function toInstant(picked: Dayjs): string {
  return shanghaiWallClockToIso(picked.format(WALL_CLOCK));
}

const CHANNEL_COLORS: Record<string, string> = {
  PHONE: "blue",
  VISIT: "green",
  WECHAT: "cyan",
  EMAIL: "geekblue",
  OTHER: "default",
};

interface FollowUpValues {
  happenedAt: Dayjs;
  channel: FollowUpChannel;
  content: string;
  nextStep?: string;
  nextAt?: Dayjs | null;
}

interface ExtraPages {
  items: FollowUpItemFragment[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * 跟进记录: the timeline (newest first, "load more" by cursor) and, for those who may change
 * the enterprise, the 添加跟进 form (time defaults to now, channel, content, next step, next time).
 */
export function FollowUpPanel({
  enterpriseId,
  canEdit,
  focusSignal,
}: {
  enterpriseId: string;
  canEdit: boolean;
  /** Changes when the page's 「添加跟进」 button is pressed: focus the form. */
  focusSignal: number;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const client = useApolloClient();
  const firstPage = useQuery(EnterpriseFollowUpsQuery, {
    variables: { id: enterpriseId, first: PAGE_SIZE, after: null },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [extra, setExtra] = useState<ExtraPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  const connection = firstPage.data?.enterprise.followUps;
  const items = useMemo(() => {
    const list = connection?.edges.map((e) => e.node) ?? [];
    const seen = new Set(list.map((f) => f.id));
    return [...list, ...(extra?.items ?? []).filter((f) => !seen.has(f.id))];
  }, [connection, extra]);
  const hasNextPage = extra ? extra.hasNextPage : (connection?.pageInfo.hasNextPage ?? false);
  const endCursor = extra ? extra.endCursor : (connection?.pageInfo.endCursor ?? null);

  async function loadMore() {
    if (!endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const result = await client.query({
        query: EnterpriseFollowUpsQuery,
        variables: { id: enterpriseId, first: PAGE_SIZE, after: endCursor },
        fetchPolicy: "network-only",
      });
      const page = result.data?.enterprise.followUps;
      if (page) {
        setExtra((prev) => ({
          items: [...(prev?.items ?? []), ...page.edges.map((e) => e.node)],
          endCursor: page.pageInfo.endCursor,
          hasNextPage: page.pageInfo.hasNextPage,
        }));
      }
    } catch (e) {
      setMoreError(describeError(e, lang).message);
    } finally {
      setLoadingMore(false);
    }
  }

  const timeline =
    items.length === 0 ? (
      firstPage.loading ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.followUpsEmpty} />
      )
    ) : (
      <>
        <Typography.Text type="secondary" style={{ display: "block", marginBottom: 16 }}>
          {t.followUpTotal(connection?.totalCount ?? items.length)}
        </Typography.Text>
        <Timeline
          data-testid="follow-up-timeline"
          items={items.map((f) => ({
            key: f.id,
            color: CHANNEL_COLORS[f.channel] === "default" ? "gray" : "blue",
            content: <FollowUpEntry followUp={f} />,
          }))}
        />
        <Flex justify="center">
          {hasNextPage ? (
            <Button onClick={() => void loadMore()} loading={loadingMore} data-testid="follow-up-more">
              {t.loadMore}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t.noMore}</Typography.Text>
          )}
        </Flex>
        {moreError ? <Alert type="error" showIcon title={moreError} style={{ marginTop: 12 }} /> : null}
      </>
    );

  if (!canEdit) return timeline;
  return (
    <Row gutter={[32, 24]}>
      <Col xs={24} lg={10} xl={9}>
        <FollowUpForm
          enterpriseId={enterpriseId}
          focusSignal={focusSignal}
          onAdded={() => {
            setExtra(null);
            void firstPage.refetch();
          }}
        />
      </Col>
      <Col xs={24} lg={14} xl={15}>
        {timeline}
      </Col>
    </Row>
  );
}

function FollowUpEntry({ followUp: f }: { followUp: FollowUpItemFragment }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  return (
    <div data-testid="follow-up-entry" style={{ paddingBottom: 4 }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{formatDateTime(f.happenedAt, lang)}</Typography.Text>
        <Tag color={CHANNEL_COLORS[f.channel]} style={{ marginInlineEnd: 0 }}>
          {followUpChannelLabel(lang, f.channel)}
        </Tag>
        {f.author ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.followUpBy(f.author.realName)}
          </Typography.Text>
        ) : null}
      </Flex>
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "6px 0 4px" }}>{f.content}</Typography.Paragraph>
      {f.nextStep || f.nextAt ? (
        <div
          style={{
            background: "#f6f8fb",
            borderRadius: 6,
            padding: "6px 10px",
            fontSize: 13,
            display: "inline-block",
          }}
        >
          {f.nextStep ? <div>{t.followUpNext(f.nextStep)}</div> : null}
          {f.nextAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t.followUpNextTime(formatDateTime(f.nextAt, lang))}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function FollowUpForm({
  enterpriseId,
  focusSignal,
  onAdded,
}: {
  enterpriseId: string;
  focusSignal: number;
  onAdded: () => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [addFollowUp, { loading }] = useMutation(AddFollowUpMutation);
  const cardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusSignal === 0) return;
    cardRef.current?.scrollIntoView({ behavior: "smooth", block: "center" });
    form.setFieldValue("happenedAt", nowInShanghai());
    form.focusField("content");
  }, [focusSignal, form]);

  async function save(values: FollowUpValues) {
    setFormError(null);
    try {
      await addFollowUp({
        variables: {
          enterpriseId,
          input: {
            happenedAt: toInstant(values.happenedAt),
            channel: values.channel,
            content: values.content.trim(),
            nextStep: values.nextStep?.trim() ? values.nextStep.trim() : null,
            nextAt: values.nextAt ? toInstant(values.nextAt) : null,
          },
        },
      });
      message.success(t.followUpAdded);
      form.resetFields();
      form.setFieldValue("happenedAt", nowInShanghai());
      onAdded();
    } catch (e) {
      setFormError(describeError(e, lang).message);
    }
  }

  return (
    <Card size="small" title={t.addFollowUp} ref={cardRef} styles={{ body: { paddingBottom: 8 } }}>
      <Form<FollowUpValues>
        name="followUp"
        form={form}
        layout="vertical"
        initialValues={{ happenedAt: nowInShanghai(), channel: "PHONE" }}
        onFinish={save}
        disabled={loading}
        data-testid="follow-up-form"
      >
        <Form.Item
          label={t.followUpAt}
          name="happenedAt"
          rules={[
            { required: true, message: t.followUpAtRequired },
            {
              validator: (_, v: Dayjs | undefined) =>
                !v || !v.isAfter(nowInShanghai().add(1, "minute"))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.followUpAtFuture)),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: "100%" }}
            disabledDate={(d) => d.isAfter(nowInShanghai(), "day")}
            allowClear={false}
          />
        </Form.Item>
        <Form.Item
          label={t.followUpChannel}
          name="channel"
          rules={[{ required: true, message: t.followUpChannelRequired }]}
        >
          <Radio.Group
            optionType="button"
            options={FOLLOW_UP_CHANNELS.map((c) => ({ value: c.code, label: pickLabel(lang, c) }))}
          />
        </Form.Item>
        <Form.Item
          label={t.followUpContent}
          name="content"
          rules={[
            { required: true, whitespace: true, message: t.followUpContentRequired },
            { max: FOLLOW_UP_CONTENT_MAX },
          ]}
        >
          <Input.TextArea
            placeholder={t.followUpContentPlaceholder}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={FOLLOW_UP_CONTENT_MAX}
            showCount
          />
        </Form.Item>
        <Form.Item label={t.followUpNextStep} name="nextStep" rules={[{ max: FOLLOW_UP_NEXT_STEP_MAX }]}>
          <Input placeholder={t.followUpNextStepPlaceholder} maxLength={FOLLOW_UP_NEXT_STEP_MAX} />
        </Form.Item>
        <Form.Item
          label={t.followUpNextAt}
          name="nextAt"
          dependencies={["happenedAt"]}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | null | undefined) => {
                const happened = getFieldValue("happenedAt") as Dayjs | undefined;
                return !v || !happened || v.isAfter(happened)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.followUpNextAtAfter));
              },
            }),
          ]}
        >
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
        </Form.Item>
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} block data-testid="follow-up-submit">
            {t.followUpSave}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

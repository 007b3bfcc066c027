"use client";

import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import {
  CONTACT_NAME_MAX,
  CONTACT_TITLE_MAX,
  ENTERPRISE_CONTACTS_MAX,
  ENTERPRISE_NAME_MAX,
  ENTERPRISE_NOTES_MAX,
  ENTERPRISE_SCALES,
  ENTERPRISE_SECONDARY_DOMAINS_MAX,
  INDUSTRIES,
  domainNameErrorMessage,
  isValidEmail,
  isValidMobile,
  normalizeDomain,
} from "@crm/domain";
import { Alert, Button, Col, Flex, Form, Input, Row, Select, Space, Typography } from "antd";
import type { Rule } from "antd/es/form";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import type { EnterpriseDetailFragment, EnterpriseScale, Industry } from "@/gql/graphql";
import { describeError, errorCode } from "@/shared/apollo/error-message";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { AccountSelect } from "../../account/components/account-select";
import { enterpriseMessages } from "../enterprise.messages";
import { existingEnterpriseId } from "../enterprise-errors";
import { CreateEnterpriseMutation, UpdateEnterpriseMutation } from "../graphql/enterprise.operations";
import { useMayPickOwner } from "../use-may-pick-owner";
import { DomainPreview, registrableOf } from "./domain-preview";
import { ProductLineSelect } from "@/features/catalog/components/product-line-select";
import { RegionCascader } from "./region-cascader";

interface ContactValues {
  name?: string;
  mobile?: string;
  email?: string;
  title?: string;
}

interface EnterpriseFormValues {
  name: string;
  mainDomain: string;
  secondaryDomains: string[];
  regionCode: string | null;
  industry: Industry | null;
  scale: EnterpriseScale | null;
  productLineId: string | null;
  ownerAccountId: string | null;
  notes: string;
  contacts: ContactValues[];
}

export type EnterpriseFormMode = { kind: "create" } | { kind: "edit"; enterprise: EnterpriseDetailFragment };

interface SubmitError {
  message: string;
  existingId: string | null;
}

function orNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * 新建 / 编辑企业: name, main domain (normalized live: 「将登记为：…」 or the reason it is
 * refused), secondary domains, region, industry, scale, product line, owner (admins and
 * superiors, on create), notes and — on create — contacts. Server errors show in the current
 * language; a duplicate domain links to the existing enterprise when the viewer may see it.
 */
export function EnterpriseForm({
  mode,
  onSaved,
  onCancel,
}: {
  mode: EnterpriseFormMode;
  onSaved: (enterprise: EnterpriseDetailFragment, created: boolean) => void;
  onCancel: () => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const [form] = Form.useForm<EnterpriseFormValues>();
  const mayPickOwner = useMayPickOwner();
  const [submitError, setSubmitError] = useState<SubmitError | null>(null);
  const [createEnterprise, createState] = useMutation(CreateEnterpriseMutation);
  const [updateEnterprise, updateState] = useMutation(UpdateEnterpriseMutation);
  const saving = createState.loading || updateState.loading;
  const editing = mode.kind === "edit" ? mode.enterprise : null;

  const mainInput = Form.useWatch("mainDomain", form);
  const secondaryInputs = Form.useWatch("secondaryDomains", form);

  const initialValues: Partial<EnterpriseFormValues> = editing
    ? {
        name: editing.name,
        mainDomain: editing.mainDomainUnicode,
        secondaryDomains: editing.secondaryDomains.map((d) => d.unicode),
        regionCode: editing.regionCode,
        industry: editing.industry,
        scale: editing.scale,
        productLineId: editing.productLine?.id ?? null,
        notes: editing.notes ?? "",
        contacts: [],
      }
    : { secondaryDomains: [], contacts: [], regionCode: null, ownerAccountId: null };

  const domainRule: Rule = {
    validator: (_, value: string | undefined) => {
      const result = normalizeDomain(value ?? "");
      return result.ok ? Promise.resolve() : Promise.reject(new Error(domainNameErrorMessage(result.reason)[lang]));
    },
  };

  const secondaryRule = (index: number): Rule => ({
    validator: (_, value: string | undefined) => {
      const registrable = registrableOf(value);
      if (!registrable) return Promise.resolve(); // the format rule reports it
      if (registrable === registrableOf(form.getFieldValue("mainDomain") as string | undefined)) {
        return Promise.reject(new Error(t.domainSameAsMain));
      }
      const others = ((form.getFieldValue("secondaryDomains") as string[] | undefined) ?? []).map((d) =>
        registrableOf(d),
      );
      if (others.slice(0, index).includes(registrable)) return Promise.reject(new Error(t.domainRepeated));
      return Promise.resolve();
    },
  });

  async function onFinish(values: EnterpriseFormValues) {
    setSubmitError(null);
    const secondaryDomains = (values.secondaryDomains ?? []).map((d) => d.trim()).filter((d) => d.length > 0);
    try {
      if (editing) {
        const result = await updateEnterprise({
          variables: {
            id: editing.id,
            input: {
              name: values.name.trim(),
              mainDomain: values.mainDomain.trim(),
              secondaryDomains,
              regionCode: values.regionCode ?? null,
              industry: values.industry ?? null,
              scale: values.scale ?? null,
              productLineId: values.productLineId ?? null,
              notes: orNull(values.notes),
            },
          },
        });
        if (result.data) onSaved(result.data.updateEnterprise, false);
      } else {
        const result = await createEnterprise({
          variables: {
            input: {
              name: values.name.trim(),
              mainDomain: values.mainDomain.trim(),
              secondaryDomains,
              regionCode: values.regionCode ?? null,
              industry: values.industry ?? null,
              scale: values.scale ?? null,
              productLineId: values.productLineId ?? null,
              ownerAccountId: mayPickOwner ? (values.ownerAccountId ?? null) : null,
              notes: orNull(values.notes),
              contacts: (values.contacts ?? []).map((c) => ({
                name: (c.name ?? "").trim(),
                mobile: orNull(c.mobile),
                email: orNull(c.email),
                title: orNull(c.title),
              })),
            },
          },
        });
        if (result.data) onSaved(result.data.createEnterprise, true);
      }
    } catch (error) {
      const described = describeError(error, lang);
      setSubmitError({
        message: described.message,
        existingId: errorCode(error) === "DUPLICATE_DOMAIN" ? existingEnterpriseId(error) : null,
      });
    }
  }

  const half = { xs: 24, md: 12 };
  const section = (title: string, children: ReactNode) => (
    <section style={{ marginBottom: 8 }}>
      <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 16 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );

  return (
    <Form<EnterpriseFormValues>
      name="enterpriseForm"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      disabled={saving}
      scrollToFirstError
      data-testid="enterprise-form"
    >
      {section(
        t.sectionBasic,
        <Row gutter={24}>
          <Col {...half}>
            <Form.Item
              label={t.name}
              name="name"
              rules={[
                { required: true, whitespace: true, message: t.nameRequired },
                { max: ENTERPRISE_NAME_MAX, message: t.nameTooLong(ENTERPRISE_NAME_MAX) },
              ]}
            >
              <Input placeholder={t.namePlaceholder} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              label={t.mainDomain}
              name="mainDomain"
              required
              rules={[domainRule]}
              extra={<DomainPreview input={mainInput} />}
            >
              <Input placeholder={t.mainDomainPlaceholder} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t.secondaryDomains}>
              <Form.List
                name="secondaryDomains"
                rules={[
                  {
                    validator: (_, list: string[] | undefined) =>
                      (list?.length ?? 0) > ENTERPRISE_SECONDARY_DOMAINS_MAX
                        ? Promise.reject(new Error(t.secondaryMax(ENTERPRISE_SECONDARY_DOMAINS_MAX)))
                        : Promise.resolve(),
                  },
                ]}
              >
                {(fields, { add, remove }, { errors }) => (
                  <>
                    <Row gutter={24}>
                      {fields.map((field, index) => (
                        <Col {...half} key={field.key}>
                          <Flex gap={8} align="flex-start">
                            <Form.Item
                              name={field.name}
                              rules={[domainRule, secondaryRule(index)]}
                              dependencies={["mainDomain"]}
                              extra={<DomainPreview input={secondaryInputs?.[index]} />}
                              style={{ flex: 1, minWidth: 0 }}
                            >
                              <Input
                                placeholder={t.secondaryDomainPlaceholder}
                                autoComplete="off"
                                spellCheck={false}
                                aria-label={`${t.secondaryDomains} ${index + 1}`}
                              />
                            </Form.Item>
                            <Button
                              type="text"
                              icon={<DeleteOutlined />}
                              aria-label={t.removeRow}
                              onClick={() => remove(field.name)}
                            />
                          </Flex>
                        </Col>
                      ))}
                    </Row>
                    {fields.length < ENTERPRISE_SECONDARY_DOMAINS_MAX ? (
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add("")}>
                        {t.addSecondaryDomain}
                      </Button>
                    ) : null}
                    <Form.ErrorList errors={errors} />
                  </>
                )}
              </Form.List>
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t.region} name="regionCode">
              <RegionCascader placeholder={t.regionPlaceholder} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t.industry} name="industry">
              <Select<Industry>
                allowClear
                placeholder={t.choose}
                options={INDUSTRIES.map((i) => ({ value: i.code, label: pickLabel(lang, i) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t.scale} name="scale">
              <Select<EnterpriseScale>
                allowClear
                placeholder={t.choose}
                options={ENTERPRISE_SCALES.map((s) => ({ value: s.code, label: pickLabel(lang, s) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t.productLine} name="productLineId">
              <ProductLineSelect />
            </Form.Item>
          </Col>
          {!editing && mayPickOwner ? (
            <Col {...half}>
              <Form.Item label={t.owner} name="ownerAccountId" extra={t.ownerHelp}>
                <AccountSelect placeholder={t.ownerPlaceholder} kind="DEALER" status="ACTIVE" />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item
              label={t.notes}
              name="notes"
              rules={[{ max: ENTERPRISE_NOTES_MAX }]}
              extra={editing ? t.editNoOwnerHint : undefined}
            >
              <Input.TextArea
                placeholder={t.notesPlaceholder}
                autoSize={{ minRows: 3, maxRows: 8 }}
                showCount
                maxLength={ENTERPRISE_NOTES_MAX}
              />
            </Form.Item>
          </Col>
        </Row>,
      )}
      {editing
        ? null
        : section(
            t.sectionContacts,
            <Form.List name="contacts">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Row gutter={12} key={field.key} align="top" data-testid="contact-row">
                      <Col xs={24} md={5}>
                        <Form.Item
                          name={[field.name, "name"]}
                          label={index === 0 ? t.contactName : undefined}
                          rules={[
                            { required: true, whitespace: true, message: t.contactNameRequired },
                            { max: CONTACT_NAME_MAX },
                          ]}
                        >
                          <Input placeholder={t.contactName} autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={6}>
                        <Form.Item
                          name={[field.name, "mobile"]}
                          label={index === 0 ? t.contactMobile : undefined}
                          rules={[
                            {
                              validator: (_, v: string | undefined) =>
                                !v?.trim() || isValidMobile(v.trim())
                                  ? Promise.resolve()
                                  : Promise.reject(new Error(t.contactMobileInvalid)),
                            },
                          ]}
                        >
                          <Input placeholder={t.contactMobile} inputMode="numeric" autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={7}>
                        <Form.Item
                          name={[field.name, "email"]}
                          label={index === 0 ? t.contactEmail : undefined}
                          rules={[
                            {
                              validator: (_, v: string | undefined) =>
                                !v?.trim() || isValidEmail(v)
                                  ? Promise.resolve()
                                  : Promise.reject(new Error(t.contactEmailInvalid)),
                            },
                          ]}
                        >
                          <Input placeholder={t.contactEmail} inputMode="email" autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={20} md={5}>
                        <Form.Item
                          name={[field.name, "title"]}
                          label={index === 0 ? t.contactTitle : undefined}
                          rules={[{ max: CONTACT_TITLE_MAX }]}
                        >
                          <Input placeholder={t.contactTitle} autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={4} md={1}>
                        <Form.Item label={index === 0 ? " " : undefined} colon={false}>
                          <Button
                            type="text"
                            icon={<DeleteOutlined />}
                            aria-label={t.removeRow}
                            onClick={() => remove(field.name)}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  ))}
                  {fields.length < ENTERPRISE_CONTACTS_MAX ? (
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({})}
                      style={{ marginBottom: 24 }}
                      data-testid="add-contact"
                    >
                      {t.addContact}
                    </Button>
                  ) : (
                    <Typography.Text type="secondary">{t.contactsMax(ENTERPRISE_CONTACTS_MAX)}</Typography.Text>
                  )}
                </>
              )}
            </Form.List>,
          )}
      {submitError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={submitError.message}
          action={
            submitError.existingId ? (
              <Link href={`/enterprises/${submitError.existingId}`} data-testid="view-existing-enterprise">
                {t.viewExisting}
              </Link>
            ) : undefined
          }
          data-testid="enterprise-form-error"
        />
      ) : null}
      <Flex justify="flex-end">
        <Space>
          <Button onClick={onCancel} disabled={false}>
            {t.cancel}
          </Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="enterprise-form-submit">
            {editing ? t.save : t.saveCreate}
          </Button>
        </Space>
      </Flex>
    </Form>
  );
}

import { useState } from 'react';
import { Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useAction } from './useAction';
import { useI18n } from '../i18n/i18n';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'number' | 'boolean' | 'select';
  options?: Array<{ value: string; label: string }>;
  required?: boolean;
}

export interface ActionSpec {
  key: string;
  label: string;
  enabled: boolean;
  danger?: boolean;
  fields?: FieldSpec[];
  run: (values: Record<string, unknown>) => Promise<unknown>;
}

function Field({ field }: { field: FieldSpec }) {
  const control =
    field.kind === 'textarea' ? <Input.TextArea rows={3} /> :
    field.kind === 'number' ? <InputNumber style={{ width: '100%' }} /> :
    field.kind === 'boolean' ? <Checkbox>{field.label}</Checkbox> :
    field.kind === 'select' ? <Select options={field.options} /> :
    <Input />;
  return (
    <Form.Item
      name={field.name}
      label={field.kind === 'boolean' ? undefined : field.label}
      valuePropName={field.kind === 'boolean' ? 'checked' : 'value'}
      rules={field.required ? [{ required: true }] : []}
    >
      {control}
    </Form.Item>
  );
}

/**
 * The actions of a case as buttons, enabled by its state; an action with inputs opens a small form.
 * A refusal shows the server's message; a field error is shown at the field the server names.
 */
export function ActionBar({ actions, invalidate }: { actions: ActionSpec[]; invalidate: unknown[][] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ActionSpec | null>(null);
  const [form] = Form.useForm();
  const action = useAction((values: { spec: ActionSpec; input: Record<string, unknown> }) => values.spec.run(values.input), {
    form,
    fields: open?.fields?.map((f) => f.name),
    invalidate,
    onDone: () => {
      setOpen(null);
      form.resetFields();
    },
  });
  return (
    <>
      <Space wrap role="toolbar" aria-label={t('app.actions')}>
        {actions.map((spec) => (
          <Button
            key={spec.key}
            data-action={spec.key}
            disabled={!spec.enabled}
            danger={spec.danger}
            loading={action.isPending && action.variables?.spec.key === spec.key && !open}
            onClick={() => (spec.fields?.length ? setOpen(spec) : action.mutate({ spec, input: {} }))}
          >
            {spec.label}
          </Button>
        ))}
      </Space>
      <Modal
        open={Boolean(open)}
        title={open?.label}
        okText={t('app.submit')}
        cancelText={t('app.cancel')}
        confirmLoading={action.isPending}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={(input) => open && action.mutate({ spec: open, input })}>
          {open?.fields?.map((field) => <Field key={field.name} field={field} />)}
        </Form>
      </Modal>
    </>
  );
}

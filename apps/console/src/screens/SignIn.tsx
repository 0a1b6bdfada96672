import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';

export function SignIn() {
  const { signIn, ended } = useAuth();
  const { t, toggle } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.username, values.password);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120 }}>
      <Card title={`${t('app.title')} · ${t('signIn.title')}`} style={{ width: 400 }} extra={<Button onClick={toggle}>{t('app.language')}</Button>}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {ended && <Alert type="warning" message={t('signIn.expired')} />}
          {error && <Alert type="error" message={error} role="alert" />}
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item label={t('signIn.username')} name="username" rules={[{ required: true }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label={t('signIn.password')} name="password" rules={[{ required: true }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block>
              {t('signIn.submit')}
            </Button>
          </Form>
        </Space>
      </Card>
    </div>
  );
}

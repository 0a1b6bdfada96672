import type { ReactNode } from 'react';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useMe } from '../auth/auth';
import { screensFor, type Screen } from '../domain/roles';
import { useI18n } from '../i18n/i18n';

const PATHS: Record<Screen, string> = {
  workbench: '/workbench',
  intake: '/intake',
  complaints: '/complaints',
  returns: '/returns',
  followUps: '/follow-ups',
  customers: '/customers',
  supervisor: '/supervisor',
  dashboard: '/dashboard',
  admin: '/admin',
};

export function Shell({ children }: { children: ReactNode }) {
  const me = useMe();
  const { signOut } = useAuth();
  const { t, toggle, language } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = screensFor(me.role);
  const selected = screens.filter((s) => location.pathname.startsWith(PATHS[s])).sort((a, b) => PATHS[b].length - PATHS[a].length)[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={64}>
        <Typography.Title level={5} style={{ padding: '16px 16px 8px', margin: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <nav aria-label={t('app.title')}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={screens.map((s) => ({ key: s, label: t(`menu.${s}`) }))}
            onClick={({ key }) => navigate(PATHS[key as Screen])}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', paddingInline: 24 }}>
          <Space>
            <span data-testid="whoami">
              {me.code} · {t(`role.${me.role}`)}
            </span>
            <Button onClick={toggle} lang={language === 'zh-CN' ? 'en' : 'zh'}>
              {t('app.language')}
            </Button>
            <Button onClick={signOut}>{t('app.signOut')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

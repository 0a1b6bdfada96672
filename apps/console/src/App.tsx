import { lazy, Suspense } from 'react';
import type React from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUSAnt from 'antd/locale/en_US';
import zhCNAnt from 'antd/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth/auth';
import { homeFor } from './domain/roles';
import { I18nProvider, useI18n } from './i18n/i18n';
import { Shell } from './components/Shell';
import { SignIn } from './screens/SignIn';
import { Workbench } from './screens/Workbench';

// Only sign-in and the workbench are in the first load; every other screen (charts and administration
// above all) is loaded when opened.
const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) => lazy(async () => ({ default: (await load())[name] }));
const Intake = named(() => import('./screens/Intake'), 'Intake');
const CaseScreen = named(() => import('./screens/CaseScreen'), 'CaseScreen');
const Complaints = named(() => import('./screens/Complaints'), 'Complaints');
const Returns = named(() => import('./screens/Returns'), 'Returns');
const ReturnScreen = named(() => import('./screens/ReturnScreen'), 'ReturnScreen');
const FollowUps = named(() => import('./screens/FollowUps'), 'FollowUps');
const Customers = named(() => import('./screens/Customers'), 'Customers');
const Supervisor = named(() => import('./screens/Supervisor'), 'Supervisor');
const Dashboard = lazy(() => import('./screens/Dashboard'));
const Admin = lazy(() => import('./screens/Admin'));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } });

function Routed() {
  const { me } = useAuth();
  if (!me) return <SignIn />;
  const home = homeFor(me.role);
  return (
    <Shell>
      <Suspense fallback={<Spin />}>
        <Routes>
          <Route path="/" element={<Navigate to={`/${home === 'followUps' ? 'follow-ups' : home}`} replace />} />
          <Route path="/workbench" element={<Workbench />} />
          <Route path="/intake" element={<Intake />} />
          <Route path="/complaints" element={<Complaints />} />
          <Route path="/complaints/:caseNo" element={<CaseScreen />} />
          <Route path="/returns" element={<Returns />} />
          <Route path="/returns/:returnNo" element={<ReturnScreen />} />
          <Route path="/follow-ups" element={<FollowUps />} />
          <Route path="/customers" element={<Customers />} />
          <Route path="/customers/:customerNo" element={<Customers />} />
          <Route path="/supervisor" element={<Supervisor />} />
          <Route path="/dashboard" element={<Dashboard />} />
          <Route path="/admin" element={<Admin />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

function Localised() {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCNAnt : enUSAnt} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1d4ed8' } }}>
      <AntApp>
        <AuthProvider>
          <HashRouter>
            <Routed />
          </HashRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localised />
      </I18nProvider>
    </QueryClientProvider>
  );
}

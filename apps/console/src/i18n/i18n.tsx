import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { enUS } from './en-US';
import { zhCN, type MessageKey } from './zh-CN';

export type Language = 'zh-CN' | 'en-US';
const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const STORAGE_KEY = 'console.language';

/** Looks up `key`; an unknown key (e.g. a status the console does not know yet) shows as itself. */
export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const text = (DICTIONARIES[language] as Record<string, string>)[key] ?? key.split('.').slice(1).join('.');
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

interface I18n {
  language: Language;
  t: (key: MessageKey | string, params?: Record<string, string | number>) => string;
  toggle: () => void;
}
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) as Language) || 'zh-CN');
  const toggle = useCallback(() => {
    setLanguage((current) => {
      const next = current === 'zh-CN' ? 'en-US' : 'zh-CN';
      localStorage.setItem(STORAGE_KEY, next);
      return next;
    });
  }, []);
  const value = useMemo<I18n>(() => ({ language, toggle, t: (key, params) => translate(language, key, params) }), [language, toggle]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

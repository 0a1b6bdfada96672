import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, session, SESSION_ENDED, unwrap } from '../api/client';
import type { Role } from '../domain/roles';

export interface Me {
  code: string;
  role: Role;
}

interface Auth {
  me: Me | null;
  /** Set when the server ended the session (401), to say so on the sign-in screen. */
  ended: boolean;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => void;
}
const AuthContext = createContext<Auth | null>(null);

async function whoAmI(): Promise<Me> {
  const me = await unwrap(api.GET('/auth/me'));
  const { actor, role } = me as unknown as { actor: string; role: Role };
  return { code: actor, role };
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(() => Boolean(session.token()));
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    if (session.token()) whoAmI().then(setMe, () => session.clear()).finally(() => setChecking(false));
    const onEnded = () => {
      setMe(null);
      setEnded(true);
    };
    window.addEventListener(SESSION_ENDED, onEnded);
    return () => window.removeEventListener(SESSION_ENDED, onEnded);
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const result = await unwrap(api.POST('/auth/login', { body: { username, password } }));
    session.set((result as { accessToken: string }).accessToken);
    setMe(await whoAmI());
    setEnded(false);
  }, []);

  const signOut = useCallback(() => {
    session.clear();
    setMe(null);
  }, []);

  if (checking) return null;
  return <AuthContext.Provider value={{ me, ended, signIn, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth outside AuthProvider');
  return context;
}

/** The signed-in user; screens behind the sign-in gate only. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('not signed in');
  return me;
}

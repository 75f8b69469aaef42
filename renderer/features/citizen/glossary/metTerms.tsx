/**
 * The French words a learner met during this visit (marked words shown on an exercise
 * screen), for the end screen's recap. Kept in React state of the citizen area only: it goes
 * with the area when the session ends, like everything else of the visit.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface MetTerms {
  met: readonly string[];
  noteMet: (ids: readonly string[]) => void;
}

const MetTermsContext = createContext<MetTerms>({ met: [], noteMet: () => undefined });

export function MetTermsProvider({ children }: { children: ReactNode }) {
  const [met, setMet] = useState<readonly string[]>([]);
  const noteMet = useCallback((ids: readonly string[]) => {
    setMet((old) => {
      const fresh = ids.filter((id) => !old.includes(id));
      return fresh.length === 0 ? old : [...old, ...fresh];
    });
  }, []);
  const value = useMemo(() => ({ met, noteMet }), [met, noteMet]);
  return <MetTermsContext.Provider value={value}>{children}</MetTermsContext.Provider>;
}

export const useMetTerms = (): MetTerms => useContext(MetTermsContext);

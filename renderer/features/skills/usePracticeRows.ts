import { useEffect, useState } from 'react';
import { toPracticeRecord, type PracticeRecord } from '../citizen';
import { useServices } from '../../app/KioskContext';

/** Reads every practice row once (the table holds small anonymous rows). Null while loading. */
export function usePracticeRows(): PracticeRecord[] | null {
  const { practice } = useServices();
  const [rows, setRows] = useState<PracticeRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    void practice.all().then((all) => {
      if (live) setRows(all.map(toPracticeRecord).filter((r): r is PracticeRecord => r !== null));
    });
    return () => {
      live = false;
    };
  }, [practice]);
  return rows;
}

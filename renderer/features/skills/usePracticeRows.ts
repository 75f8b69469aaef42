import { useEffect, useState } from 'react';
import { db } from '../../db/db';
import { toPracticeRecord, type PracticeRecord } from '../citizen/practice/record';

/** Reads every practice row once (the table holds small anonymous rows). Null while loading. */
export function usePracticeRows(): PracticeRecord[] | null {
  const [rows, setRows] = useState<PracticeRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    void db.practice.toArray().then((all) => {
      if (live) setRows(all.map(toPracticeRecord).filter((r): r is PracticeRecord => r !== null));
    });
    return () => {
      live = false;
    };
  }, []);
  return rows;
}

import { useEffect, useState } from 'react';
import { loadExercise } from '../citizen';
import type { LocalizedText } from '../citizen';

/** Titles of the given exercises (loaded from the content files; unknown ids are left out). */
export function useExerciseTitles(ids: readonly string[]): ReadonlyMap<string, LocalizedText> {
  const [titles, setTitles] = useState<ReadonlyMap<string, LocalizedText>>(new Map());
  const key = [...ids].sort().join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(
      wanted.map((id) =>
        loadExercise(id).then(
          (e) => [id, e.title] as const,
          () => null,
        ),
      ),
    ).then((pairs) => {
      if (live)
        setTitles(new Map(pairs.filter((p): p is readonly [string, LocalizedText] => p !== null)));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return titles;
}

import type { Term } from '../../../data/taxonomies';
import { useTermLabel } from './useTermLabel';

/** The `<option>`s of a taxonomy, labelled in the interface language. */
export function TermOptions({ list }: { list: readonly Term[] }) {
  const label = useTermLabel();
  return (
    <>
      {list.map((term) => (
        <option key={term.code} value={term.code}>
          {label(list, term.code)}
        </option>
      ))}
    </>
  );
}

import type { Language } from '../../../../electron/shared/config-schema';
import type { Parcours } from '../content/schema';
import { textIn } from '../content/localize';
import { exerciseTitle } from './titles';

/** The exercises done, each ticked (end screen and takeaway sheet). */
export function DoneList({
  ids,
  lang,
  className,
}: {
  ids: readonly string[];
  lang: Language;
  className?: string;
}) {
  return (
    <ul className={className}>
      {ids.map((id) => (
        <li key={id}>✓ {exerciseTitle(id, lang)}</li>
      ))}
    </ul>
  );
}

/** The parcours' rules in plain words (end screen and takeaway sheet). */
export function RuleList({ rules, lang }: { rules: Parcours['recap']; lang: Language }) {
  const text = textIn(lang);
  return (
    <ul>
      {rules.map((rule) => (
        <li key={rule.fr}>{text(rule)}</li>
      ))}
    </ul>
  );
}

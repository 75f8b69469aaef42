import { useTranslation } from 'react-i18next';
import { labelOf, type Term } from '../../../data/taxonomies';

/** Labels of taxonomy codes in the interface language (French labels are the reference). */
export function useTermLabel(): (list: readonly Term[], code: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  return (list, code) => labelOf(list, code, lang);
}

/** Options for a ChoiceGroup or a select from a taxonomy. */
export function useTermOptions() {
  const label = useTermLabel();
  return <T extends string>(list: readonly (Term & { code: T })[]) =>
    list.map((term) => ({ value: term.code, label: label(list, term.code) }));
}

/**
 * The word bank's terms, with the texts of every prepared content language (see
 * content/load.ts). Bundled with the citizen area: the file is a few kilobytes.
 */
import raw from '../../../../resources/content/glossary.json';
import { withPreparedLanguages } from '../content/load';
import { glossarySchema, type GlossaryTerm } from './schema';

const source = glossarySchema.parse(raw);

/** Every term, in the file's order, in every prepared language. */
export function glossaryTerms(): GlossaryTerm[] {
  return withPreparedLanguages(source, 'glossary').terms;
}

export function findTerm(id: string): GlossaryTerm | undefined {
  return glossaryTerms().find((t) => t.id === id);
}

/** The terms of `ids` (the words met, in the order met), those the word bank no longer has left out. */
export function termsOf(ids: readonly string[]): GlossaryTerm[] {
  const terms = glossaryTerms();
  return ids.flatMap((id) => terms.find((t) => t.id === id) ?? []);
}

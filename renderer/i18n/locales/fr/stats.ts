/** Textes de l'espace « stats » (source de vérité). */
export const stats = {
  section: { title: 'stats' },
} as const;

/** Textes de l'espace « citizen » (source de vérité). */
export const citizen = {
  title: 'citizen',
} as const;

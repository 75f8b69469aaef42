/** Le clavier à l'écran des bornes tactiles (noms des touches dits par les lecteurs d'écran). */
export const osk = {
  keyboard: 'Clavier à l’écran',
  backspace: 'Effacer',
  shift: 'Majuscule',
  shiftLocked: 'Majuscules verrouillées',
  shiftOnce: 'Majuscule pour la prochaine lettre',
  space: 'Espace',
  enter: 'Entrée',
  hide: 'Masquer',
  hideLabel: 'Masquer le clavier',
};

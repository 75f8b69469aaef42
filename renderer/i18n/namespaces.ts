/**
 * Which UI namespaces a language added as content must translate. The agent area is for the
 * staff (French, English) and the simulated French sites keep their French labels as in real
 * life, so a citizen language translates every other namespace.
 */
export const AGENT_NAMESPACES: readonly string[] = ['agent', 'admin', 'stats', 'deploy'];
export const FRENCH_ONLY_NAMESPACES: readonly string[] = ['sims'];

export const citizenNamespaces = (all: readonly string[]): string[] =>
  all.filter((ns) => !AGENT_NAMESPACES.includes(ns) && !FRENCH_ONLY_NAMESPACES.includes(ns));

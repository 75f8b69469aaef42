/**
 * Which UI namespaces a language added as content must translate: every one but the agent
 * area's, which is for the staff (French, English). The simulated sites' namespace is
 * translated too, for its guidance; the words the sites themselves write stay French
 * (sims/SiteWord.tsx).
 */
export const AGENT_NAMESPACES: readonly string[] = ['agent', 'admin', 'stats', 'deploy', 'hub'];

export const citizenNamespaces = (all: readonly string[]): string[] =>
  all.filter((ns) => !AGENT_NAMESPACES.includes(ns));

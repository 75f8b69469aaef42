/**
 * What main (or the browser kiosk's launcher) checks before pushing for the page: the batch is
 * well formed, and it carries only this counter's own entries, with audit lines of those
 * entries only. The hub refuses the rest too (RLS); refusing here keeps a confused or hostile
 * page from even trying with this poste's credential.
 */
import { pushRequestSchema, type HubFailure, type PushRequest } from '../shared/hub/protocol';

export interface PushPlace {
  siteId: string;
  posteId: string;
}

const refused = (message: string): HubFailure => ({ ok: false, code: 'refused', message });

export function authorisePush(
  raw: unknown,
  place: PushPlace,
): { ok: true; request: PushRequest } | HubFailure {
  const parsed = pushRequestSchema.safeParse(raw);
  if (!parsed.success) return refused('Lot mal formé : envoi refusé par le poste.');
  const request = parsed.data as PushRequest & { entries: Array<Record<string, unknown>> };
  const ids = new Set<string>();
  for (const entry of request.entries) {
    if (entry.siteId !== place.siteId || entry.posteId !== place.posteId)
      return refused(
        'Lot refusé par le poste : il contient une démarche d’un autre site ou poste que celui de sa configuration.',
      );
    ids.add(entry.id as string);
  }
  if (request.audit.some((line) => !ids.has(line.entryId)))
    return refused('Lot refusé par le poste : historique d’une démarche absente du lot.');
  return { ok: true, request };
}

/** What went wrong talking to the hub, in plain French for the Diagnostic screen. */
import type { HubErrorCode, HubFailure } from '../shared/hub/protocol';

const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

export class HubSchemaTooOld extends Error {
  constructor(
    readonly found: number,
    readonly required: number,
  ) {
    super(`schema ${found} < ${required}`);
  }
}

/** `storedPassword: true` but no password saved yet (or the OS can no longer decrypt it). */
export class HubPasswordMissing extends Error {
  constructor() {
    super('hub password not stored');
  }
}

const failure = (code: HubErrorCode, message: string): HubFailure => ({ ok: false, code, message });

export function describeHubError(error: unknown, where: string): HubFailure {
  if (error instanceof HubSchemaTooOld) {
    return failure(
      'schema-old',
      error.found === 0
        ? `Le serveur central (${where}) n’a pas le schéma du kiosque : le service informatique doit lancer « npm run hub:migrate ».`
        : `Le serveur central a un schéma trop ancien (version ${error.found}, il faut la version ${error.required}) : le service informatique doit lancer « npm run hub:migrate ».`,
    );
  }
  if (error instanceof HubPasswordMissing) {
    return failure(
      'authentication',
      'Le mot de passe de ce poste pour le serveur central n’est pas encore enregistré : l’administrateur le saisit dans Diagnostic (espace agent).',
    );
  }
  const e = error as { code?: string; message?: string } | null;
  const code = e?.code ?? '';
  const text = e?.message ?? String(error);
  if (TLS_CODES.has(code) || /certificate|self[- ]signed|altnames/i.test(text)) {
    return failure(
      'certificate',
      `Le certificat du serveur central (${where}) n’est pas reconnu par l’autorité indiquée dans la configuration : connexion refusée.`,
    );
  }
  if (code === '28P01' || code === '28000') {
    return failure(
      'authentication',
      'Le serveur central refuse l’identifiant de ce poste (mot de passe, certificat ou règle pg_hba).',
    );
  }
  if (code === '57014' || /timeout/i.test(text)) {
    return failure(
      'timeout',
      'Le serveur central a mis trop de temps à répondre ; nouvel essai plus tard.',
    );
  }
  if (NETWORK_CODES.has(code) || /Connection terminated|server closed|ECONN/i.test(text)) {
    return failure(
      'unreachable',
      `Serveur central injoignable (${where}) : réseau, pare-feu ou serveur arrêté. Les démarches restent sur ce poste et partiront plus tard.`,
    );
  }
  if (code === '42501') {
    return failure('refused', `Le serveur central refuse l’envoi de ce poste : ${text}`);
  }
  return failure('server', `Erreur du serveur central : ${text}`);
}

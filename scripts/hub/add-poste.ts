/**
 * `npm run hub:add-poste -- --url <admin URL> --ca <CA file> --site S --poste P
 *   [--cert --ca-key <CA key> --out <folder>] [--folder <config folder on the counter>]`
 * Creates the poste's role and prints the machine-config snippet. SCRAM by default (the
 * password is printed once); with --cert, a client certificate (CN = role) signed by the CA.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connectAdmin, runCli } from './admin-connection';
import { makeSignedCert } from './openssl';
import { addPoste, configSnippet } from './postes';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    ca: { type: 'string' },
    site: { type: 'string' },
    poste: { type: 'string' },
    cert: { type: 'boolean', default: false },
    'ca-key': { type: 'string' },
    out: { type: 'string' },
    folder: { type: 'string', default: 'C:\\ProgramData\\KiosqueNumerique' },
  },
});

await runCli(async () => {
  if (!values.site || !values.poste) throw new Error('Indiquez --site et --poste');
  const auth = values.cert ? 'certificat' : 'scram';
  if (values.cert && (!values['ca-key'] || !values.out || !values.ca)) {
    throw new Error('Avec --cert, indiquez --ca-key (clé de l’AC) et --out (dossier de sortie)');
  }
  const url = new URL(values.url ?? '');
  const client = await connectAdmin(values.url, values.ca);
  try {
    const added = await addPoste(client, { site: values.site, poste: values.poste, auth });
    console.info(
      `Rôle créé : ${added.role} (${auth === 'scram' ? 'mot de passe SCRAM' : 'certificat client'})`,
    );
    if (values.cert && values.out && values.ca && values['ca-key']) {
      mkdirSync(values.out, { recursive: true });
      const files = makeSignedCert(
        values.out,
        { cert: values.ca, key: values['ca-key'] },
        'poste',
        added.role,
      );
      console.info(
        `Certificat du poste : ${files.cert}\nClé du poste : ${files.key} (à copier sur le poste seulement)`,
      );
    }
    if (added.password) {
      console.info(
        `Mot de passe (affiché une seule fois ; à mettre seul sur la première ligne du fichier passwordFile, lisible seulement par le compte du kiosque) :\n${added.password}`,
      );
    }
    console.info('\nÀ ajouter à la configuration machine du poste :');
    console.info(
      configSnippet({
        host: url.hostname,
        port: Number(url.port || 5432),
        database: decodeURIComponent(url.pathname.slice(1)) || 'kiosque',
        role: added.role,
        auth,
        folder: values.folder,
      }),
    );
  } finally {
    await client.end();
  }
});

/** The admin connection of the hub CLIs: `--url` plus `--ca` (TLS verified, never sslmode). */
import pg from 'pg';
import { clientConfig, endpointFromUrl } from '../../electron/hub/connection';

export async function connectAdmin(url: string | undefined, ca: string | undefined) {
  if (!url || !ca) {
    throw new Error(
      'Indiquez --url postgresql://admin:motdepasse@hote:5432/kiosque et --ca <certificat de l’AC du serveur>',
    );
  }
  const client = new pg.Client(clientConfig(await endpointFromUrl(url, ca)));
  await client.connect();
  return client;
}

/** Runs a CLI body; a failure prints its French message and sets the exit code. */
export async function runCli(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

/**
 * `npm run hub:push -- --config <machine config> --bundle <exported bundle>`: for a site
 * without a network, sends the bundle's entries of that poste through the hub's push().
 * Exit code 0: everything sent and accepted; 2: some entries or history lines were left out
 * (refused by the import rules in the file, or by the hub), each one listed; 1: nothing sent
 * (file refused whole, configuration, hub unreachable…).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from './admin-connection';
import { pushBundle } from './pushBundle';

const { values } = parseArgs({
  options: { config: { type: 'string' }, bundle: { type: 'string' } },
});

await runCli(async () => {
  if (!values.config || !values.bundle) throw new Error('Indiquez --config et --bundle');
  const report = await pushBundle(
    await readFile(values.config, 'utf8'),
    await readFile(values.bundle, 'utf8'),
  );
  const inFile = report.refusedInFile;
  if (inFile.entries + inFile.audit > 0) {
    console.info(
      `Refusés dans le fichier (règles de saisie, non envoyés) : ${inFile.entries} démarches, ` +
        `${inFile.audit} lignes d’historique.`,
    );
    for (const line of inFile.lines) console.info(`  ${line}`);
  }
  console.info(
    `Envoyées : ${report.sent} démarches — ${report.inserted} nouvelles, ${report.updated} mises à jour, ` +
      `${report.unchanged} déjà à jour, ${report.rejected.length} refusées.`,
  );
  if (report.otherPlaces > 0) {
    console.info(
      `${report.otherPlaces} démarches d’autres postes ignorées : envoyez-les avec la configuration de leur poste.`,
    );
  }
  for (const r of report.rejected) console.info(`  refusée ${r.id} : ${r.reason}`);
  if (report.differingDays.length === 0)
    console.info('Les 30 derniers jours sont en accord avec le serveur.');
  for (const d of report.differingDays) {
    console.info(`  ${d.day} : ${d.countPoste} dans le fichier, ${d.countServeur} sur le serveur`);
  }
  if (report.rejected.length > 0 || inFile.entries + inFile.audit > 0) process.exitCode = 2;
});

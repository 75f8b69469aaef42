/**
 * `npm run hub:migrate -- --url <admin URL> --ca <CA file> [--target N]`: brings the hub's
 * schema to the newest version (or N), prints what it did; idempotent; refuses to downgrade.
 */
import { parseArgs } from 'node:util';
import { connectAdmin, runCli } from './admin-connection';
import { migrate } from './migrations';

const { values } = parseArgs({
  options: { url: { type: 'string' }, ca: { type: 'string' }, target: { type: 'string' } },
});

await runCli(async () => {
  const client = await connectAdmin(values.url, values.ca);
  try {
    await migrate(client, {
      ...(values.target ? { target: Number(values.target) } : {}),
      log: (line) => console.info(line),
    });
  } finally {
    await client.end();
  }
});

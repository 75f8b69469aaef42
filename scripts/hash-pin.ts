/**
 * `npm run hash-pin`: prints the hash of an admin PIN to paste into the machine config's
 * `adminPinHash` (Node only, no Electron needed). The PIN is read without echo, or from a pipe:
 * `printf '482915\n' | npm run -s hash-pin`.
 */
import { runHashPin } from '../electron/hash-pin-cli';

process.exitCode = await runHashPin({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});

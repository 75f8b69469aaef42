/**
 * `--hash-pin` (Electron) and `npm run hash-pin` (Node): reads a PIN without echoing it, asks for
 * it twice on a terminal, refuses malformed or weak codes, and prints the hash to paste into
 * the config's `adminPinHash`. The PIN itself is never printed nor written anywhere.
 */
import {
  hashPin,
  isWeakPin,
  isWellFormedPin,
  PIN_MAX_LENGTH,
  PIN_MIN_LENGTH,
} from './shared/pin-hash';

export interface HashPinIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Reads one line from a terminal in raw mode, printing nothing for the characters typed. */
function promptHidden(io: HashPinIo, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    io.stderr.write(question);
    let value = '';
    io.stdin.setRawMode(true);
    io.stdin.resume();
    io.stdin.setEncoding('utf8');
    const done = (result: string | null) => {
      io.stdin.setRawMode(false);
      io.stdin.pause();
      io.stdin.off('data', onData);
      io.stderr.write('\n');
      if (result === null) reject(new Error('cancelled'));
      else resolve(result);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(value);
        if (char === '\u0003' || char === '\u0004') return done(null); // Ctrl+C, Ctrl+D
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    io.stdin.on('data', onData);
  });
}

/** Reads all of a piped stdin (`echo 123456 | …`); the first line is the PIN. */
async function readPiped(stdin: NodeJS.ReadStream): Promise<string> {
  let text = '';
  stdin.setEncoding('utf8');
  for await (const chunk of stdin) text += String(chunk);
  return (text.split(/\r?\n/)[0] ?? '').trim();
}

/** Runs the command; resolves to the process exit code. */
export async function runHashPin(io: HashPinIo): Promise<number> {
  let pin: string;
  try {
    if (io.stdin.isTTY) {
      pin = await promptHidden(
        io,
        `Code administrateur (${PIN_MIN_LENGTH} à ${PIN_MAX_LENGTH} chiffres) : `,
      );
      const again = await promptHidden(io, 'Confirmez le code : ');
      if (again !== pin) {
        io.stderr.write('Les deux saisies diffèrent : rien n’a été produit.\n');
        return 1;
      }
    } else {
      pin = await readPiped(io.stdin);
    }
  } catch {
    io.stderr.write('Annulé.\n');
    return 1;
  }
  if (!isWellFormedPin(pin)) {
    io.stderr.write(`Le code doit compter ${PIN_MIN_LENGTH} à ${PIN_MAX_LENGTH} chiffres.\n`);
    return 1;
  }
  if (isWeakPin(pin)) {
    io.stderr.write(
      'Code trop facile à deviner (chiffres identiques ou qui se suivent) : choisissez-en un autre.\n',
    );
    return 1;
  }
  const hash = await hashPin(pin);
  io.stderr.write('Empreinte à copier dans "adminPinHash" du fichier de configuration :\n');
  io.stdout.write(`${hash}\n`);
  return 0;
}

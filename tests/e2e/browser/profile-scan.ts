/**
 * Reads a Chromium profile as an attacker with the disk would: every file, in UTF-8 and UTF-16
 * (both byte orders), and the session files, decrypted first where Chromium encrypts them. With
 * `--password-store=basic` (the kiosk has no desktop keyring) their key is Chromium's fixed
 * Linux "v10" key, PBKDF2-SHA1("peanuts", "saltysalt", 1 iteration), AES-128-CBC, IV of spaces:
 * that layer hides nothing from someone holding the files.
 */
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const V10_KEY = pbkdf2Sync('peanuts', 'saltysalt', 1, 16, 'sha1');

/**
 * An SNSS session file's commands, each `uint32 length` + payload: `read` counts the payload
 * bytes searched, `plain` holds the decrypted ones. Chromium encrypts each payload (`v10` +
 * ciphertext) in some versions and writes it as is in others (150 does): either way the scan
 * reads it.
 */
function sessionCommands(file: Buffer): { plain: Buffer; read: number } {
  const parts: Buffer[] = [];
  let read = 0;
  let offset = 8; // "SNSS" + version
  while (offset + 4 <= file.length) {
    const length = file.readUInt32LE(offset);
    const record = file.subarray(offset + 4, offset + 4 + length);
    offset += 4 + length;
    if (record.subarray(0, 3).toString('latin1') !== 'v10') {
      read += record.length; // Not encrypted: the raw file already holds it.
      continue;
    }
    try {
      const decipher = createDecipheriv('aes-128-cbc', V10_KEY, Buffer.alloc(16, 0x20));
      const plain = Buffer.concat([decipher.update(record.subarray(3)), decipher.final()]);
      parts.push(plain);
      read += plain.length;
    } catch {
      // Not this key: the record stays unread (not counted in `read`).
    }
  }
  return { plain: Buffer.concat(parts), read };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}

export interface ProfileScan {
  /** Files (relative to the profile) holding the text. */
  hits: string[];
  scanned: number;
  /** Bytes of session commands searched, decrypted first where Chromium encrypted them. */
  sessionBytes: number;
  /** Session files holding commands none of which could be read (another key, another format). */
  unreadSessionFiles: string[];
}

export function scanProfile(profile: string, text: string): ProfileScan {
  const needles = [
    Buffer.from(text, 'utf8'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text, 'utf16le').swap16(),
  ];
  const files = filesUnder(profile);
  let sessionBytes = 0;
  const unreadSessionFiles: string[] = [];
  const hits = files.filter((file) => {
    const raw = readFileSync(file);
    const contents: Buffer[] = [raw];
    if (raw.subarray(0, 4).toString('latin1') === 'SNSS') {
      const { plain, read } = sessionCommands(raw);
      sessionBytes += read;
      if (read === 0 && raw.length > 8) unreadSessionFiles.push(path.relative(profile, file));
      contents.push(plain);
    }
    return contents.some((content) => needles.some((needle) => content.includes(needle)));
  });
  return {
    hits: hits.map((f) => path.relative(profile, f)),
    scanned: files.length,
    sessionBytes,
    unreadSessionFiles,
  };
}

/**
 * Log rotation: `kiosque.log` → `kiosque.1.log` → … → `kiosque.<keep>.log`, the oldest dropped.
 * electron-log calls this when the file reaches its size cap.
 */
import path from 'node:path';

export interface RotationFs {
  existsSync(file: string): boolean;
  renameSync(from: string, to: string): void;
  rmSync(file: string, options: { force: boolean }): void;
}

/** Name of the n-th archive of `file` (`kiosque.log`, 2 → `kiosque.2.log`). */
export function archiveName(file: string, n: number): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.${n}${ext}`;
}

/** Shifts the archives and moves the current file to `.1`. Never throws (logging must not crash). */
export function rotateLogFiles(file: string, keep: number, fs: RotationFs): void {
  try {
    fs.rmSync(archiveName(file, keep), { force: true });
    for (let n = keep - 1; n >= 1; n -= 1) {
      const from = archiveName(file, n);
      if (fs.existsSync(from)) fs.renameSync(from, archiveName(file, n + 1));
    }
    if (fs.existsSync(file)) fs.renameSync(file, archiveName(file, 1));
  } catch {
    // A locked archive (antivirus scan on Windows): electron-log keeps writing the current file.
  }
}

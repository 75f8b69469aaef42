/** Small inline drawings of a folder and of file kinds, for the file-handling exercises. */
export function FolderGlyph({ size = 56 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      className="glyph glyph--folder"
    >
      <path
        d="M4 12a3 3 0 0 1 3-3h11l4 4h19a3 3 0 0 1 3 3v22a3 3 0 0 1-3 3H7a3 3 0 0 1-3-3z"
        fill="#f4c542"
        stroke="#8a6400"
        strokeWidth="2"
      />
      <path d="M4 18h40" stroke="#8a6400" strokeWidth="2" />
    </svg>
  );
}

export type FileKind = 'document' | 'photo' | 'music' | 'video';

const MARKS: Record<FileKind, string> = {
  document: 'M15 20h18M15 26h18M15 32h12',
  photo: 'M14 34l7-9 5 6 4-4 5 7zM28 18a3 3 0 1 0 0.1 0',
  music: 'M20 34a3 3 0 1 1-3-3 3 3 0 0 1 3 3V17l12-3v15a3 3 0 1 1-3-3',
  video: 'M18 18v16l13-8z',
};

export function FileGlyph({ kind, size = 56 }: { kind: FileKind; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      className="glyph glyph--file"
    >
      <path d="M10 4h20l8 8v32H10z" fill="#ffffff" stroke="#3a3a5a" strokeWidth="2" />
      <path
        d={MARKS[kind]}
        fill="none"
        stroke="#000091"
        strokeWidth="2.5"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudioFiles } from '../../../scripts/content-files';
import { exerciseSchema } from '../../../renderer/features/citizen/content/schema';
import {
  audioReferences,
  validateContent,
  type ContentFile,
} from '../../../renderer/features/citizen/content/validate';
import { DEFAULT_CONTENT_FOLDER, readContentFolder } from '../../../scripts/content-files';

const shipped = readContentFolder(DEFAULT_CONTENT_FOLDER);
const cibles = shipped.find((f) => f.path === 'exercises/souris-cibles.json');
if (!cibles) throw new Error('souris-cibles.json is the example of these tests');

/** souris-cibles with recorded files for its read-aloud text and its default feedback. */
function withAudio(readAloud: object, feedback: object): ContentFile[] {
  const data = JSON.parse(cibles!.text) as Record<string, Record<string, object>>;
  data.readAloud = { ...data.readAloud, audio: readAloud };
  data.feedback!.default = { ...data.feedback!.default, audio: feedback };
  return [
    { ...cibles!, text: JSON.stringify(data) },
    ...shipped.filter((f) => f.kind === 'parcours'),
    ...shipped.filter((f) => f.kind === 'exercise' && f !== cibles),
  ];
}

const errors = (files: ContentFile[], audio: string[]) =>
  validateContent(files, audio).problems.filter(
    (p) => p.file.includes('souris-cibles') || p.file.startsWith('audio/'),
  );

describe('recorded audio in the content', () => {
  it('accepts a file per language that exists in audio/', () => {
    const files = withAudio(
      { fr: 'cibles-consigne.fr.mp3', en: 'cibles.en.ogg' },
      { fr: 'rate.fr.wav' },
    );
    expect(errors(files, ['cibles-consigne.fr.mp3', 'cibles.en.ogg', 'rate.fr.wav'])).toEqual([]);
  });

  it('names the text and language whose file is missing', () => {
    const files = withAudio({ fr: 'cibles-consigne.fr.mp3' }, { en: 'absent.mp3' });
    expect(errors(files, ['cibles-consigne.fr.mp3'])).toEqual([
      {
        file: 'exercises/souris-cibles.json',
        jsonPath: 'feedback.default.audio.en',
        message: 'fichier audio « audio/absent.mp3 » introuvable',
        severity: 'error',
      },
    ]);
  });

  it('warns about a recorded file no text uses', () => {
    const files = withAudio({ fr: 'a.mp3' }, {});
    expect(errors(files, ['a.mp3', 'oublie.mp3'])).toEqual([
      expect.objectContaining({ file: 'audio/oublie.mp3', severity: 'warning' }),
    ]);
  });

  it('refuses a file name that is not a plain audio file name', () => {
    const data = JSON.parse(cibles!.text) as Record<string, Record<string, unknown>>;
    for (const bad of ['../secret.mp3', 'consigne.exe', 'Consigne FR.mp3']) {
      data.readAloud = { fr: 'a', en: 'b', audio: { fr: bad } };
      expect(exerciseSchema.safeParse(data).success, bad).toBe(false);
    }
  });

  it('finds every reference with its JSON path', () => {
    expect(
      audioReferences({
        a: { fr: 'x', en: 'y', audio: { fr: 'a.mp3' } },
        list: [{ audio: { en: 'b.ogg' } }],
      }),
    ).toEqual([
      { jsonPath: 'a.audio.fr', name: 'a.mp3' },
      { jsonPath: 'list[0].audio.en', name: 'b.ogg' },
    ]);
  });

  it('lists the files of a content folder’s audio/', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosque-audio-'));
    expect(listAudioFiles(folder)).toEqual([]);
    mkdirSync(path.join(folder, 'audio'));
    writeFileSync(path.join(folder, 'audio', 'b.mp3'), '');
    writeFileSync(path.join(folder, 'audio', 'a.ogg'), '');
    writeFileSync(path.join(folder, 'audio', '.gitkeep'), '');
    expect(listAudioFiles(folder)).toEqual(['a.ogg', 'b.mp3']);
  });
});

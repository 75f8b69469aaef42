import type { Catalog } from '../../types';
import type { voice as fr } from '../fr/voice';

export const voice: Catalog<typeof fr> = {
  listen: 'Listen',
  stop: 'Stop reading',
  reason: {
    'no-speech-engine':
      'This computer cannot read the text aloud. Ask the reception staff to read it to you.',
    'no-voice':
      'No voice is installed on this computer to read the text in this language. Ask the reception staff to read it to you.',
    failed:
      'Reading did not work: the sound may be off or the speaker unplugged. Ask the reception staff.',
  },
};

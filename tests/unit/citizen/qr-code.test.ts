/**
 * The takeaway sheet's QR code, read back as a phone would (jsqr): it holds exactly the
 * address it is made from — the machine config's `continueUrl` — and nothing else.
 */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTINUE_URL } from '../../../electron/shared/config-schema';
import { qrPath } from '../../../renderer/features/citizen/ending/QrCode';

/** Draws the SVG path's dark modules (`M<x> <y>h1v1h-1z`) as an RGBA image, `scale` px each. */
function draw(text: string, scale = 4) {
  const { size, d } = qrPath(text);
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
  }
  return { pixels, width };
}

const read = (text: string) => {
  const { pixels, width } = draw(text);
  return jsQR(pixels, width, width)?.data;
};

describe('takeaway QR code', () => {
  it.each([
    DEFAULT_CONTINUE_URL,
    'https://www.mairie-exemple.fr/mediation-numerique/ateliers?lieu=france-services',
  ])('reads back as exactly %s', (url) => {
    expect(read(url)).toBe(url);
  });
});

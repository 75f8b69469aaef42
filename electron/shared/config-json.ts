/**
 * The first step of reading a machine config, without zod: the text must be JSON holding an
 * object. The schema (config-schema.ts) starts with it, and so does the browser kiosk's boot,
 * which decides from it alone whether the file is usable before zod has even loaded.
 */

export type UnusableConfig = { reason: 'invalid-json' | 'not-object'; detail?: string };

export type ConfigJson =
  | { ok: true; value: Record<string, unknown> }
  /** `message` is the file's one issue, in French for IT. */
  | { ok: false; unusable: UnusableConfig; message: string };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON value of a config file as a plain object, or why it cannot be one. */
export function configObject(raw: unknown): ConfigJson {
  if (isPlainObject(raw)) return { ok: true, value: raw };
  return {
    ok: false,
    unusable: { reason: 'not-object' },
    message: 'le fichier doit contenir un objet JSON { … }',
  };
}

/** Parses a config file's text (a leading BOM is allowed: Windows editors add one). */
export function readConfigJson(text: string): ConfigJson {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      unusable: { reason: 'invalid-json', detail },
      message: `JSON illisible : ${detail}`,
    };
  }
  return configObject(raw);
}

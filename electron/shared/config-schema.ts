/**
 * The machine-wide configuration file that IT staff write once per counter PC.
 *
 * Pure module (zod only): used by main to read the file and by the browser kiosk to read the
 * `config.json` served next to the page. Documented field by field in docs/configuration.md.
 */
import { z } from 'zod';
import { fr } from 'zod/v4/locales';
import { configObject, readConfigJson, type ConfigJson, type UnusableConfig } from './config-json';

/** IT staff read these messages in French, whatever the interface language. */
const frenchErrors = fr().localeError;

/** The languages built into the app; others are added as content files (docs/content.md). */
export const LANGUAGES = ['fr', 'en'] as const;
export type BuiltinLanguage = (typeof LANGUAGES)[number];
/** An ISO 639 code: a built-in language or one added as content (`ar`, `uk`…). */
export type Language = string;
/** The staff screens speak the built-in languages only: French unless English is chosen. */
export const builtinLanguage = (lang: Language): BuiltinLanguage => (lang === 'en' ? 'en' : 'fr');
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'code de langue ISO 639 : deux ou trois lettres minuscules');

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,39}$/,
    'lettres minuscules, chiffres et tirets (40 caractères au plus)',
  );

/** `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`, as printed by `--hash-pin`. */
export const PIN_HASH_PATTERN =
  /^pbkdf2-sha256\$\d{6,8}\$[A-Za-z0-9+/=]{16,}\$[A-Za-z0-9+/=]{32,}$/;

export const ON_SCREEN_KEYBOARD_MODES = ['auto', 'always', 'never'] as const;
export type OnScreenKeyboardMode = (typeof ON_SCREEN_KEYBOARD_MODES)[number];
/** Pix, the public service for digital skills: where a citizen continues at home. */
export const DEFAULT_CONTINUE_URL = 'https://pix.fr/';
/** A file path written by IT (Windows or Linux), absolute. */
const filePath = z
  .string()
  .min(1)
  .max(260)
  .regex(/^(?:[A-Za-z]:[\\/]|\\\\|\/)/, 'chemin absolu attendu');

/**
 * The métropole's PostgreSQL hub (docs/hub.md). Absent (null) means off. Credentials are
 * files (CA, and a client certificate and key or a password file), read by main only.
 */
export const hubSchema = z
  .object({
    host: z.string().trim().min(1).max(253),
    port: z.number().int().min(1).max(65535).default(5432),
    database: z
      .string()
      .regex(/^[a-z_][a-z0-9_-]{0,62}$/, 'nom de base invalide')
      .default('kiosque'),
    role: z.string().regex(/^kp\.[a-z0-9.-]{1,60}$/, 'rôle donné par npm run hub:add-poste'),
    caFile: filePath,
    certFile: filePath.nullable().default(null),
    keyFile: filePath.nullable().default(null),
    passwordFile: filePath.nullable().default(null),
    /** The password is typed once on the Diagnostic screen and kept by safeStorage (Electron). */
    storedPassword: z.boolean().default(false),
    pushIntervalMinutes: z.number().int().min(1).max(1440).default(15),
  })
  .refine((h) => (h.certFile !== null) === (h.keyFile !== null), {
    message: 'certFile et keyFile vont ensemble',
    path: ['keyFile'],
  })
  .refine((h) => h.passwordFile !== null || h.certFile !== null || h.storedPassword, {
    message: 'indiquez passwordFile, ou certFile et keyFile, ou storedPassword: true',
    path: ['passwordFile'],
  });
export type HubConfig = z.infer<typeof hubSchema>;

export const configSchema = z.object({
  siteId: id.default('site-principal'),
  siteName: z.string().trim().min(1).max(80).default('Accueil'),
  posteId: id.default('poste-1'),
  lockdown: z.boolean().default(true),
  idle: z
    .object({
      timeoutSeconds: z.number().int().min(30).max(3600).default(120),
      warningSeconds: z.number().int().min(5).max(300).default(30),
    })
    .default({ timeoutSeconds: 120, warningSeconds: 30 }),
  agentLockSeconds: z.number().int().min(30).max(7200).default(300),
  languages: z
    .object({
      default: languageCode.default('fr'),
      enabled: z.array(languageCode).min(1).default(['fr', 'en']),
      /**
       * Médiateur preview: languages still being translated (status `preview`) may be
       * enabled; their missing texts show in French behind a visible marker.
       */
      preview: z.boolean().default(false),
    })
    .refine((l) => l.enabled.includes(l.default), {
      message: 'la langue par défaut doit faire partie des langues activées',
      path: ['default'],
    })
    .default({ default: 'fr', enabled: ['fr', 'en'], preview: false }),
  adminPinHash: z
    .string()
    .regex(PIN_HASH_PATTERN, 'empreinte invalide : utilisez la commande --hash-pin')
    .nullable()
    .default(null),
  backup: z
    .object({
      folder: z.string().min(1).max(260).nullable().default(null),
      keep: z.number().int().min(1).max(365).default(14),
    })
    .default({ folder: null, keep: 14 }),
  retentionMonths: z.number().int().min(1).max(120).default(24),
  pinLockout: z
    .object({
      maxAttempts: z.number().int().min(3).max(20).default(5),
      lockMinutes: z.number().int().min(1).max(120).default(5),
    })
    .default({ maxAttempts: 5, lockMinutes: 5 }),
  updates: z
    .object({
      url: z
        .url({ protocol: /^https$/ })
        .nullable()
        .default(null),
      idleMinutesBeforeInstall: z.number().int().min(1).max(240).default(10),
      /** Ed25519 public keys (raw 32 bytes, base64) that release signatures must match. */
      publicKeys: z
        .array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'clé publique Ed25519 en base64 attendue'))
        .max(4)
        .default([]),
    })
    .default({ url: null, idleMinutesBeforeInstall: 10, publicKeys: [] }),
  /** Daily restart from this local time ("HH:MM"), once the kiosk sits idle; null: never. */
  dailyRestart: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure au format HH:MM attendue')
    .nullable()
    .default(null),
  logLevel: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  /** On-screen keyboard of the citizen area: on a touch tap in a field, always, or never. */
  onScreenKeyboard: z.enum(ON_SCREEN_KEYBOARD_MODES).default('auto'),
  /** The sheet a citizen takes home at the end of a parcours (no personal data on it). */
  takeaway: z
    .object({
      /** Printer name as the system lists it; null: the QR code is shown on screen only. */
      printer: z.string().trim().min(1).max(200).nullable().default(null),
      /** Where the QR code leads, to continue at home. */
      continueUrl: z.url({ protocol: /^https$/ }).default(DEFAULT_CONTINUE_URL),
      /** Local médiation numérique places printed on the sheet (public places, not people). */
      places: z
        .array(
          z.strictObject({
            name: z.string().trim().min(1).max(80),
            address: z.string().trim().min(1).max(160),
            hours: z.string().trim().min(1).max(120).optional(),
            phone: z.string().trim().min(1).max(30).optional(),
          }),
        )
        .max(5)
        .default([]),
    })
    .default({ printer: null, continueUrl: DEFAULT_CONTINUE_URL, places: [] }),
  hub: hubSchema.nullable().default(null),
});

export type KioskConfigWithSecrets = z.infer<typeof configSchema>;
/** What the renderer knows of the hub: whether it is on, where, how often; no credential file. */
export interface PublicHubConfig {
  host: string;
  port: number;
  pushIntervalMinutes: number;
  /** The admin types the password on the Diagnostic screen (main keeps it; never shown back). */
  storedPassword: boolean;
}
/** What the renderer sees: the admin PIN hash and the hub's credential files never leave main. */
export type KioskConfig = Omit<KioskConfigWithSecrets, 'adminPinHash' | 'hub'> & {
  hub: PublicHubConfig | null;
};

export interface ConfigIssue {
  /** Dotted path of the field, e.g. `idle.timeoutSeconds`; empty for the whole file. */
  path: string;
  message: string;
}

export interface ParsedConfig {
  config: KioskConfigWithSecrets;
  issues: ConfigIssue[];
  /** Set when the whole file had to be replaced by defaults (see admin-access.ts). */
  unusable?: UnusableConfig;
}

export const DEFAULT_CONFIG: KioskConfigWithSecrets = configSchema.parse({});

/**
 * Validates a config file's text. Never throws: a field that fails is replaced by its safe
 * default and reported; unknown fields are reported too (typos must not pass silently).
 * When anything is wrong, lockdown is forced on.
 */
export function parseConfigText(text: string): ParsedConfig {
  return parseConfigJson(readConfigJson(text));
}

export function parseConfigValue(raw: unknown): ParsedConfig {
  return parseConfigJson(configObject(raw));
}

function parseConfigJson(json: ConfigJson): ParsedConfig {
  if (!json.ok)
    return {
      config: DEFAULT_CONFIG,
      issues: [{ path: '', message: json.message }],
      unusable: json.unusable,
    };
  const raw = json.value;
  const issues: ConfigIssue[] = [];
  const known = new Set(Object.keys(configSchema.shape));
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema' || key === '$comment') continue;
    if (!known.has(key)) {
      issues.push({ path: key, message: 'champ inconnu (ignoré)' });
      continue;
    }
    const fieldSchema = configSchema.shape[key as keyof typeof configSchema.shape];
    const result = fieldSchema.safeParse(value, { error: frenchErrors });
    if (result.success) {
      kept[key] = value;
    } else {
      for (const issue of result.error.issues) {
        issues.push({ path: [key, ...issue.path.map(String)].join('.'), message: issue.message });
      }
    }
  }
  const config = configSchema.parse(kept);
  if (issues.length > 0) config.lockdown = true;
  return { config, issues };
}

/** The file had an `adminPinHash` that failed validation (it was replaced by null). */
export const hasInvalidHash = (parsed: ParsedConfig): boolean =>
  parsed.issues.some((issue) => issue.path === 'adminPinHash');

/** Removes what the renderer must never see. */
export function publicConfig(config: KioskConfigWithSecrets): KioskConfig {
  const { adminPinHash: _hidden, hub, ...rest } = config;
  void _hidden;
  return {
    ...rest,
    hub: hub && {
      host: hub.host,
      port: hub.port,
      pushIntervalMinutes: hub.pushIntervalMinutes,
      storedPassword: hub.storedPassword && hub.passwordFile === null && hub.certFile === null,
    },
  };
}

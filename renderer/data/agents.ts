/**
 * Repository of the agents of this counter PC. PINs are hashed here (PBKDF2-SHA-256, 600,000
 * iterations through Web Crypto) and only the hash is stored.
 */
import {
  hashPin,
  isWeakPin,
  isWellFormedPin,
  PIN_ITERATIONS,
  verifyPin,
} from '../../electron/shared/pin-hash';
import { AGENT_CODE_PATTERN } from './codes';
import type { KiosqueDb } from './db';
import type { AgentRow } from './types';

export type AgentError =
  'code-format' | 'code-taken' | 'name-format' | 'pin-format' | 'pin-weak' | 'not-found';
export type AgentResult = { ok: true } | { ok: false; error: AgentError };

/** Agent codes are stored lowercase and trimmed, so "AG-07 " and "ag-07" are the same agent. */
export const normaliseAgentCode = (code: string): string => code.trim().toLowerCase();

const DISPLAY_NAME_MAX = 40;
/** Recorded in the audit trail for the admin's edits: no agent may take it. */
const RESERVED_CODES = new Set(['admin']);

function checkPin(pin: string): AgentError | null {
  if (!isWellFormedPin(pin)) return 'pin-format';
  if (isWeakPin(pin)) return 'pin-weak';
  return null;
}

/** @param iterations lowered only by unit tests, to keep them fast. */
export function createAgentsRepository(db: KiosqueDb, iterations: number = PIN_ITERATIONS) {
  return {
    /** Every agent, active first, then by display name. */
    async list(): Promise<AgentRow[]> {
      const rows = await db.agents.toArray();
      return rows.sort(
        (a, b) =>
          Number(b.active) - Number(a.active) || a.displayName.localeCompare(b.displayName, 'fr'),
      );
    },

    /** Agents who may sign in (one tile each). */
    async listActive(): Promise<AgentRow[]> {
      return (await this.list()).filter((a) => a.active);
    },

    async get(code: string): Promise<AgentRow | undefined> {
      return db.agents.get(normaliseAgentCode(code));
    },

    async add(
      input: { code: string; displayName: string; pin: string },
      now = new Date(),
    ): Promise<AgentResult> {
      const code = normaliseAgentCode(input.code);
      const displayName = input.displayName.trim();
      if (!AGENT_CODE_PATTERN.test(code)) return { ok: false, error: 'code-format' };
      if (displayName.length < 1 || displayName.length > DISPLAY_NAME_MAX)
        return { ok: false, error: 'name-format' };
      const pinError = checkPin(input.pin);
      if (pinError) return { ok: false, error: pinError };
      const pinHash = await hashPin(input.pin, iterations);
      const at = now.toISOString();
      // The existence check and the insert in one transaction: two admins cannot race on a code.
      return db.transaction('rw', db.agents, async () => {
        if (RESERVED_CODES.has(code) || (await db.agents.get(code)))
          return { ok: false, error: 'code-taken' } as const;
        await db.agents.add({
          code,
          displayName,
          pinHash,
          active: true,
          createdAt: at,
          updatedAt: at,
        });
        return { ok: true } as const;
      });
    },

    async setActive(code: string, active: boolean, now = new Date()): Promise<AgentResult> {
      const changed = await db.agents.update(normaliseAgentCode(code), {
        active,
        updatedAt: now.toISOString(),
      });
      return changed ? { ok: true } : { ok: false, error: 'not-found' };
    },

    async resetPin(code: string, pin: string, now = new Date()): Promise<AgentResult> {
      const pinError = checkPin(pin);
      if (pinError) return { ok: false, error: pinError };
      const pinHash = await hashPin(pin, iterations);
      const changed = await db.agents.update(normaliseAgentCode(code), {
        pinHash,
        updatedAt: now.toISOString(),
      });
      return changed ? { ok: true } : { ok: false, error: 'not-found' };
    },

    /** True only for an active agent whose PIN matches. */
    async verify(code: string, pin: string): Promise<boolean> {
      const agent = await db.agents.get(normaliseAgentCode(code));
      if (!agent?.active) return false;
      return verifyPin(pin, agent.pinHash);
    },
  };
}

export type AgentsRepository = ReturnType<typeof createAgentsRepository>;

import type { LogDetails, MainLogger } from '../../../electron/context';

export interface CapturedLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  event: string;
  details?: LogDetails;
}

/** A MainLogger that keeps every line, plus the text a log file would hold. */
export function captureLogger(): MainLogger & { lines: CapturedLine[]; text(): string } {
  const lines: CapturedLine[] = [];
  const push = (level: CapturedLine['level']) => (event: string, details?: LogDetails) => {
    lines.push({ level, event, details });
  };
  return {
    lines,
    folder: null,
    debug: push('debug'),
    info: push('info'),
    warn: push('warn'),
    error: push('error'),
    tail: async () => [],
    text: () =>
      lines.map((l) => `${l.level} ${l.event} ${JSON.stringify(l.details ?? {})}`).join('\n'),
  };
}

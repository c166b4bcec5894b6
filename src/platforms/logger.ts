// Structured logs: one JSON line per event. Never log utterances or raw user ids.
export interface Logger {
  /** Detail for debugging and tests (what was said, as cue ids): printed only with LOG_LEVEL=debug. */
  debug(event: string, data?: Record<string, unknown>): void;
  info(event: string, data?: Record<string, unknown>): void;
  warn(event: string, data?: Record<string, unknown>): void;
}

export const jsonLogger = (write: (line: string) => void = (line) => console.log(line), debug = process.env.LOG_LEVEL === 'debug'): Logger => ({
  debug: (event, data = {}) => {
    if (debug) write(JSON.stringify({ level: 'debug', ...data, event }));
  },
  // The event name goes last, so no data field can overwrite it.
  info: (event, data = {}) => write(JSON.stringify({ level: 'info', ...data, event })),
  warn: (event, data = {}) => write(JSON.stringify({ level: 'warn', ...data, event })),
});

export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {} };

/** Collects log lines in memory (tests assert on them). */
export function memoryLogger(): Logger & { lines: { level: string; event: string; data: Record<string, unknown> }[] } {
  const lines: { level: string; event: string; data: Record<string, unknown> }[] = [];
  return {
    lines,
    debug: (event, data = {}) => lines.push({ level: 'debug', event, data }),
    info: (event, data = {}) => lines.push({ level: 'info', event, data }),
    warn: (event, data = {}) => lines.push({ level: 'warn', event, data }),
  };
}

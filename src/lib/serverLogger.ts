/**
 * The logger of code that cannot reach a Payload instance without importing upward (the response
 * cache, the content-change signal): Payload's logger once Payload has started in this process
 * (payload.config.ts's onInit hands it over), else one JSON line on stderr. Kept on globalThis:
 * the server loads these modules outside Next's bundles, and Next may load them more than once.
 */
export interface ServerLogger {
  error: (details: object, message: string) => void
}

const key = Symbol.for('mediglot.serverLogger')
const registry = globalThis as unknown as Record<symbol, ServerLogger | undefined>

const stderrLogger: ServerLogger = {
  error: (details, message) => {
    const plain = Object.fromEntries(
      Object.entries(details).map(([k, v]) => [
        k,
        v instanceof Error ? { message: v.message, stack: v.stack } : v,
      ]),
    )
    process.stderr.write(
      `${JSON.stringify({ level: 'error', time: new Date().toISOString(), msg: message, ...plain })}\n`,
    )
  },
}

export function setServerLogger(logger: ServerLogger): void {
  registry[key] = logger
}

export function serverLogger(): ServerLogger {
  return registry[key] ?? stderrLogger
}

// The few parts of autocannon 8's API the bench uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  namespace autocannon {
    interface Options {
      url: string
      connections?: number
      duration?: number
      timeout?: number
      overallRate?: number
      headers?: Record<string, string>
      requests?: Array<{ setupRequest?: (req: Record<string, unknown>, context?: unknown) => Record<string, unknown> }>
    }
    interface Result {
      requests: { total: number; average: number }
      throughput: { total: number }
      non2xx: number
      errors: number
      timeouts: number
    }
    interface Instance extends EventEmitter {
      stop: () => void
    }
  }
  function autocannon(options: autocannon.Options): autocannon.Instance
  export default autocannon
}

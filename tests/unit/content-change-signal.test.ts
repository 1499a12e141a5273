import { notifyContentChange, onContentChange } from '@/cache/invalidation'
import { serverLogger, setServerLogger, type ServerLogger } from '@/lib/serverLogger'

function recordingLogger() {
  const lines: Array<{ details: Record<string, unknown>; message: string }> = []
  const logger: ServerLogger = {
    error: (details, message) =>
      lines.push({ details: details as Record<string, unknown>, message }),
  }
  return { logger, lines }
}

describe('the content-change signal', () => {
  it('tells every listener, and logs a failing one with the change instead of dropping its error', () => {
    const { logger, lines } = recordingLogger()
    const heard: string[] = []
    const stopFailing = onContentChange(() => {
      throw new Error('search index is gone')
    })
    const stopHearing = onContentChange((change) =>
      heard.push(`${change.collection}:${String(change.id)}`),
    )
    try {
      expect(() => notifyContentChange({ collection: 'topics', id: 7 }, logger)).not.toThrow()
    } finally {
      stopFailing()
      stopHearing()
    }
    expect(heard).toEqual(['topics:7'])
    expect(lines).toHaveLength(1)
    expect(lines[0].message).toMatch(/listener failed/)
    expect(lines[0].details).toMatchObject({ change: { collection: 'topics', id: 7 } })
    expect((lines[0].details.err as Error).message).toBe('search index is gone')
  })

  it('logs through the logger Payload handed over when the announcer names none', () => {
    const { logger, lines } = recordingLogger()
    const before = serverLogger()
    setServerLogger(logger)
    const stop = onContentChange(() => {
      throw new Error('cache full')
    })
    try {
      notifyContentChange({ collection: 'faqs' })
    } finally {
      stop()
      setServerLogger(before)
    }
    expect(lines.map((l) => l.details.change)).toEqual([{ collection: 'faqs', id: undefined }])
  })

  it('stops telling a listener once it unsubscribes', () => {
    let calls = 0
    const stop = onContentChange(() => calls++)
    notifyContentChange({ collection: 'causes', id: 1 })
    stop()
    notifyContentChange({ collection: 'causes', id: 2 })
    expect(calls).toBe(1)
  })
})

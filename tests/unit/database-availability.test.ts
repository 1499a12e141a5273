import { watchDatabase } from '@/db/availability'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('watching whether the database answers', () => {
  it('reports PostgreSQL down while connections fail and up again by itself when they succeed', async () => {
    let answering = true
    const changes: boolean[] = []
    const watch = watchDatabase(
      { kind: 'postgres', probe: async () => { if (!answering) throw new Error('connect ECONNREFUSED 127.0.0.1:5432') } },
      { intervalMs: 10, onChange: (down) => changes.push(down) },
    )
    try {
      await wait(40)
      expect(watch.isDown()).toBe(false)
      answering = false
      await wait(40)
      expect(watch.isDown()).toBe(true)
      answering = true
      await wait(40)
      expect(watch.isDown()).toBe(false)
      expect(changes).toEqual([true, false])
    } finally {
      watch.stop()
    }
  })

  it('never reports the embedded SQLite file down', async () => {
    const watch = watchDatabase({ kind: 'sqlite', probe: async () => { throw new Error('unused') } }, { intervalMs: 5 })
    await wait(20)
    expect(watch.isDown()).toBe(false)
    watch.stop()
  })
})

import { SignInThrottle } from '@/security/signInThrottle'

describe('SignInThrottle', () => {
  const limit = { failures: 5, windowMs: 60_000, lockMs: 120_000, maxTracked: 3 }

  it('pauses one address for one email after five failures, and nobody else', () => {
    let now = 0
    const throttle = new SignInThrottle(limit, () => now)
    const locked = [1, 2, 3, 4, 5].map(() => throttle.fail('attacker', 'admin@x'))
    expect(locked).toEqual([false, false, false, false, true])
    expect(throttle.waitFor('attacker', 'admin@x')).toBe(120_000)
    expect(throttle.waitFor('owner', 'admin@x')).toBe(0)
    expect(throttle.waitFor('attacker', 'editor@x')).toBe(0)
    now = 120_000
    expect(throttle.waitFor('attacker', 'admin@x')).toBe(0)
  })

  it('forgets failures older than the window and after a right password', () => {
    let now = 0
    const throttle = new SignInThrottle(limit, () => now)
    for (let i = 0; i < 4; i++) throttle.fail('a', 'e')
    now = 61_000
    expect(throttle.fail('a', 'e')).toBe(false)
    for (let i = 0; i < 3; i++) throttle.fail('a', 'e')
    throttle.succeed('a', 'e')
    expect(throttle.fail('a', 'e')).toBe(false)
  })

  it('keeps at most maxTracked pairs', () => {
    const throttle = new SignInThrottle(limit, () => 0)
    for (let i = 0; i < 5; i++) throttle.fail('a', 'first')
    for (const email of ['b', 'c', 'd']) throttle.fail('a', email)
    expect(throttle.waitFor('a', 'first')).toBe(0)
  })
})

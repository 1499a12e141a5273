/**
 * Failed sign-ins counted per client address AND account. Five wrong passwords in 15 minutes
 * from one address for one email make that address wait 15 minutes for that email; the same
 * account from any other address, and other emails from this address, are not affected. So
 * nobody can lock an admin out from elsewhere, and guessing one account's password is held to
 * five tries per address per quarter hour. Emails without an account are counted the same way,
 * so the answers say nothing about which accounts exist. Kept in this process's memory (a
 * restart forgets it; each instance counts on its own).
 */
export const signInLimit = { failures: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000, maxTracked: 50_000 }

interface Entry {
  failures: number[]
  lockedUntil: number
}

export class SignInThrottle {
  private entries = new Map<string, Entry>()

  constructor(private readonly limit = signInLimit, private readonly now = () => Date.now()) {}

  private key(client: string, email: string) {
    return `${client}\n${email}`
  }

  /** Milliseconds this client must still wait before trying this email again (0: may try). */
  waitFor(client: string, email: string): number {
    const entry = this.entries.get(this.key(client, email))
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0
  }

  /** Records a wrong password; true when this failure locked the pair (time to tell the owner). */
  fail(client: string, email: string): boolean {
    const key = this.key(client, email)
    const now = this.now()
    const entry = this.entries.get(key) ?? { failures: [], lockedUntil: 0 }
    entry.failures = entry.failures.filter((at) => now - at < this.limit.windowMs)
    entry.failures.push(now)
    let locked = false
    if (entry.failures.length >= this.limit.failures) {
      entry.lockedUntil = now + this.limit.lockMs
      entry.failures = []
      locked = true
    }
    this.entries.delete(key)
    this.entries.set(key, entry)
    // Oldest first: the map stays bounded under a flood of made-up emails.
    while (this.entries.size > this.limit.maxTracked) this.entries.delete(this.entries.keys().next().value as string)
    return locked
  }

  /** A right password clears this pair's count. */
  succeed(client: string, email: string): void {
    this.entries.delete(this.key(client, email))
  }

  clear(): void {
    this.entries.clear()
  }
}

/** The one throttle of this process. */
export const signInThrottle = new SignInThrottle()

import crypto from 'node:crypto'

/**
 * Checks a password against a stored Payload hash, the way Payload 3.90 stores it
 * (src/auth/strategies/local/generatePasswordSaltHash in payload: `pbkdf2-sha256-v1:` + hex of
 * 600,000 rounds and 32 bytes, or the legacy bare hex of 25,000 rounds and 512 bytes). We need
 * our own copy because Payload does not export its check, and sign-in must do this same work
 * for an email that has no account (see checkSignIn).
 */
const currentPrefix = 'pbkdf2-sha256-v1:'

function parametersOf(hash: string) {
  return hash.startsWith(currentPrefix)
    ? { hex: hash.slice(currentPrefix.length), iterations: 600_000, keyLength: 32 }
    : { hex: hash, iterations: 25_000, keyLength: 512 }
}

function pbkdf2(password: string, salt: string, iterations: number, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )
}

/** A stand-in account: what checking a password costs for an email nobody has. */
const decoySalt = crypto.randomBytes(32).toString('hex')
const decoyHash = `${currentPrefix}${crypto.randomBytes(32).toString('hex')}`

/**
 * True when `password` matches. Without a stored hash (no such account) the same work is done
 * against a decoy, so the answer takes as long either way; it is then always false.
 */
export async function passwordMatches(
  stored: { hash?: unknown; salt?: unknown } | null | undefined,
  password: unknown,
): Promise<boolean> {
  const real = typeof stored?.hash === 'string' && typeof stored?.salt === 'string'
  const hash = real ? (stored!.hash as string) : decoyHash
  const salt = real ? (stored!.salt as string) : decoySalt
  const { hex, iterations, keyLength } = parametersOf(hash)
  const key = await pbkdf2(typeof password === 'string' ? password : '', salt, iterations, keyLength)
  const expected = Buffer.from(hex, 'hex')
  return real && key.length === expected.length && crypto.timingSafeEqual(key, expected)
}

import { APIError, AuthenticationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { clientAddressOf } from '@/security/clientAddress'
import { passwordMatches } from '@/security/passwords'
import { signInLimit, signInThrottle } from '@/security/signInThrottle'

const normalize = (value: unknown) => (typeof value === 'string' ? value.toLowerCase().trim() : '')

/**
 * Every sign-in (REST, GraphQL, the admin's form) is checked here before Payload's own login:
 *
 * - the password is checked for every email, with or without an account (against a decoy when
 *   there is none), so a wrong password costs the same time and gets the same answer
 *   ("The email or password provided is incorrect.") whether or not the account exists;
 * - five wrong passwords from one address for one email make that address wait 15 minutes for
 *   that email (429, same answer for emails with and without an account); the account itself is
 *   never locked, so nobody can shut its owner out from elsewhere (Payload's own lockout is off:
 *   `maxLoginAttempts: 0`). The owner of a real account is told (a warning in the server log and
 *   an email through Payload's email adapter).
 *
 * A right password goes on to Payload, which checks it again and starts the session.
 */
export const checkSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = normalize(data.email)
  const client = clientAddressOf(req.headers)
  const wait = signInThrottle.waitFor(client, email)
  if (wait > 0) throw tooManyAttempts(wait)

  const user = email
    ? await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string; email?: string }>({
        collection: args.collection.config.slug,
        where: { email: { equals: email } },
        req,
      })
    : null
  if (await passwordMatches(user, data.password)) {
    signInThrottle.succeed(client, email)
    return args
  }
  if (signInThrottle.fail(client, email) && user) await tellOwner(req, String(user.email ?? email), client)
  throw new AuthenticationError(req.t)
}

function tooManyAttempts(waitMs: number) {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000))
  return new APIError(
    `Too many failed sign-ins for this email from your address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    429,
    undefined,
    true,
  )
}

async function tellOwner(req: PayloadRequest, email: string, client: string): Promise<void> {
  const minutes = Math.round(signInLimit.lockMs / 60_000)
  req.payload.logger.warn({ msg: 'sign-in paused after repeated wrong passwords', account: email, client, minutes })
  try {
    await req.payload.sendEmail({
      to: email,
      subject: 'Mediglot: repeated failed sign-ins to your account',
      text:
        `Someone at address ${client} entered a wrong password for your Mediglot account ` +
        `${signInLimit.failures} times. Sign-ins from that address are paused for ${minutes} minutes; ` +
        `your own sign-ins are not affected. If this was not you, tell an administrator.`,
    })
  } catch (error) {
    req.payload.logger.error({ msg: 'could not send the sign-in notice', account: email, err: error })
  }
}

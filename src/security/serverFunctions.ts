/**
 * The admin's server functions (POST /admin with a Next-Action header) are Payload's: a call
 * without a session, with an unknown function name or with arguments that are not an object
 * threw, and Next answered every throw with a 500 (issue 10, finding 9). Those are the caller's
 * errors: they are answered with `{ errors: [{ message }] }`, the shape Payload's own REST errors
 * have, and nothing runs. Any other error is still thrown (a real fault must stay visible).
 */
const callerErrorNames = new Set(['UnauthorizedError', 'Forbidden', 'ValidationError', 'NotFound'])

function isCallerError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status >= 400 && status < 500) return true
  return (
    callerErrorNames.has(error.name) ||
    error.message === 'Unauthorized' ||
    error.message.startsWith('Unknown Server Function')
  )
}

export async function answerServerFunctionErrors<T>(
  args: unknown,
  run: () => Promise<T>,
): Promise<T | { errors: Array<{ message: string }> }> {
  const call = args as { name?: unknown; args?: unknown } | null
  if (
    !call ||
    typeof call !== 'object' ||
    typeof call.name !== 'string' ||
    (call.args !== undefined && (call.args === null || typeof call.args !== 'object'))
  )
    return {
      errors: [
        { message: 'A server function call names a function and passes an object of arguments.' },
      ],
    }
  try {
    return await run()
  } catch (error) {
    if (!isCallerError(error)) throw error
    return { errors: [{ message: (error as Error).message || 'Not allowed.' }] }
  }
}

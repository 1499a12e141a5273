/**
 * A small REST client for tests against the built server (tests/helpers/appServer.ts): calls as
 * a person or script would make them (JWT from /api/users/login), the first admin's
 * registration, and a document taken through the real review workflow
 * (POST /api/{collection}/{id}/workflow), one language at a time.
 */
import type { ReviewedCollectionSlug } from '@/collections/slugs'

export interface Answer {
  label: string
  status: number
  text: string
}

export interface RestClient {
  call: (
    method: string,
    url: string,
    options?: { token?: string; body?: unknown; label?: string; headers?: Record<string, string> },
  ) => Promise<Answer>
  /** Like `call`, but any status of 300 or more throws; answers the parsed JSON. */
  ok: (method: string, url: string, token: string, body?: unknown) => Promise<Record<string, unknown>>
  login: (email: string, password: string) => Promise<string>
}

export function restClient(baseURL: string): RestClient {
  const call: RestClient['call'] = async (method, url, options = {}) => {
    const res = await fetch(`${baseURL}${url}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `JWT ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      redirect: 'manual',
    })
    return { label: options.label ?? `${method} ${url}`, status: res.status, text: await res.text() }
  }
  const ok: RestClient['ok'] = async (method, url, token, body) => {
    const answer = await call(method, url, { token, body })
    if (answer.status >= 300) throw new Error(`${method} ${url} answered ${answer.status}: ${answer.text.slice(0, 500)}`)
    return JSON.parse(answer.text) as Record<string, unknown>
  }
  const login: RestClient['login'] = async (email, password) =>
    (await ok('POST', '/api/users/login', '', { email, password })).token as string
  return { call, ok, login }
}

/** Registers the first user (an admin on an empty database) and answers their token. */
export async function registerFirstAdmin(rest: RestClient, email: string, password: string): Promise<string> {
  const registered = await rest.call('POST', '/api/users/first-register', {
    body: { email, password, name: 'Battery Admin' },
  })
  if (registered.status !== 200) throw new Error(`first-register answered ${registered.status}: ${registered.text}`)
  return rest.login(email, password)
}

/** Submit (editor), approve and publish (reviewer) one language through the workflow endpoint. */
export async function publishThroughWorkflow(
  rest: RestClient,
  collection: ReviewedCollectionSlug,
  id: number,
  locale: 'en' | 'zh',
  tokens: { editor: string; reviewer: string },
): Promise<void> {
  const url = `/api/${collection}/${id}/workflow`
  await rest.ok('POST', url, tokens.editor, { action: 'submit', locale })
  // A Chinese approval with open parity mismatches needs a comment; these tests are not about parity.
  await rest.ok('POST', url, tokens.reviewer, { action: 'approve', locale, ...(locale === 'zh' ? { comment: 'Approved by a test.' } : {}) })
  await rest.ok('POST', url, tokens.reviewer, { action: 'publish', locale })
}

/** Runs tasks a few at a time: the server is one process on a shared machine. */
export async function inBatches<T>(tasks: Array<() => Promise<T>>, size = 4): Promise<T[]> {
  const results: T[] = []
  for (let i = 0; i < tasks.length; i += size)
    results.push(...(await Promise.all(tasks.slice(i, i + size).map((task) => task()))))
  return results
}

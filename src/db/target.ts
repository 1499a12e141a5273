import path from 'node:path'

/** Where the embedded database lives when DATABASE_URI is not set. */
export const defaultSqlitePath = './data/mediglot.db'

export const supportedSchemes = ['file:', 'postgres://', 'postgresql://', 'mongodb://', 'mongodb+srv://'] as const

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'postgres'; url: string; host: string; port: number; database: string }
  | { kind: 'mongodb'; url: string }

export class UnsupportedDatabaseUriError extends Error {
  constructor(scheme: string) {
    super(
      `DATABASE_URI uses the unsupported scheme "${scheme}". Supported: ` +
        `"file:" (or unset) for the embedded SQLite file, ` +
        `"postgres://" or "postgresql://" for PostgreSQL, ` +
        `"mongodb://" or "mongodb+srv://" for MongoDB.`,
    )
    this.name = 'UnsupportedDatabaseUriError'
  }
}

export class MalformedDatabaseUriError extends Error {
  constructor(what: string) {
    super(`DATABASE_URI is not a usable PostgreSQL URL: ${what}. Expected postgres://USER:PASSWORD@HOST:PORT/DATABASE.`)
    this.name = 'MalformedDatabaseUriError'
  }
}

/**
 * Decides which database a URI means, without connecting. Unset means the SQLite file under
 * ./data; the scheme alone decides the rest. The message of a refusal names the scheme or the
 * host but never the rest of the URI, which may hold a password.
 */
export function resolveDatabaseTarget(uri: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const value = uri?.trim()
  if (!value) {
    const filePath = path.resolve(cwd, defaultSqlitePath)
    return { kind: 'sqlite', url: `file:${filePath}`, filePath }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) {
    return resolvePostgres(value)
  }
  if (value.startsWith('file:')) {
    const filePath = path.resolve(cwd, value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${filePath}`, filePath }
  }
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1] ?? '(none)'
  throw new UnsupportedDatabaseUriError(scheme.slice(0, 32))
}

function resolvePostgres(value: string): DatabaseTarget {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    // The URL parser's own message repeats the input (and so the password): say what is wrong instead.
    throw new MalformedDatabaseUriError('it cannot be parsed (a password with @, /, : or # must be percent-encoded)')
  }
  const host = url.hostname
  // A socket directory may be given as ?host=/run/postgresql (libpq's way) with an empty host.
  const socketHost = url.searchParams.get('host')
  if (!host && !socketHost) throw new MalformedDatabaseUriError('it names no host')
  const port = url.port ? Number(url.port) : 5432
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new MalformedDatabaseUriError(`the port of host ${host} is not a port number`)
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
  if (!database || database.includes('/')) {
    throw new MalformedDatabaseUriError(`it names no database on host ${host || socketHost} (…/DATABASE at the end)`)
  }
  return { kind: 'postgres', url: value, host: host || socketHost!, port, database }
}

/** The database in words for log lines and error messages: the host, never the credentials. */
export function describeTarget(target: DatabaseTarget): string {
  switch (target.kind) {
    case 'sqlite':
      return `SQLite file ${target.filePath}`
    case 'postgres':
      return `PostgreSQL database "${target.database}" on ${target.host}:${target.port}`
    case 'mongodb': {
      const hosts = /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^/?]*)/.exec(target.url)?.[1] ?? '?'
      return `MongoDB on ${hosts}`
    }
  }
}

/** Removes a URI's password from any text (an error message from a driver, say). */
export function withoutPassword(text: string, uri: string): string {
  let out = text
  try {
    const password = new URL(uri).password
    if (password) {
      out = out.split(password).join('***')
      const decoded = decodeURIComponent(password)
      if (decoded) out = out.split(decoded).join('***')
    }
  } catch {
    // not a URL: nothing to take out beyond the generic pattern below
  }
  return out.replace(/(\w+:\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@')
}

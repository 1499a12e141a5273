import path from 'node:path'

import {
  describeTarget,
  MalformedDatabaseUriError,
  postgresPoolOptions,
  resolveDatabaseTarget,
  sqliteSynchronous,
  UnsupportedDatabaseUriError,
  withoutPassword,
} from '@/db/adapter'

describe('choosing the database from DATABASE_URI', () => {
  const cwd = '/srv/mediglot'

  it('uses the SQLite file under ./data when DATABASE_URI is unset or blank', () => {
    for (const uri of [undefined, '', '   ']) {
      expect(resolveDatabaseTarget(uri, cwd)).toEqual({
        kind: 'sqlite',
        url: 'file:/srv/mediglot/data/mediglot.db',
        filePath: '/srv/mediglot/data/mediglot.db',
      })
    }
  })

  it('uses SQLite for file: URIs, relative to the working directory or absolute', () => {
    expect(resolveDatabaseTarget('file:./data/other.db', cwd)).toMatchObject({
      kind: 'sqlite',
      filePath: path.resolve(cwd, 'data/other.db'),
    })
    expect(resolveDatabaseTarget('file:/tmp/x.db', cwd)).toMatchObject({ kind: 'sqlite', filePath: '/tmp/x.db' })
    expect(resolveDatabaseTarget('file:///tmp/y.db', cwd)).toMatchObject({ kind: 'sqlite', filePath: '/tmp/y.db' })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs, keeping the URI as given', () => {
    const replicaSet = 'mongodb://db1:27017,db2:27017/mediglot?replicaSet=rs0'
    expect(resolveDatabaseTarget(replicaSet, cwd)).toEqual({ kind: 'mongodb', url: replicaSet })
    const atlas = 'mongodb+srv://user:secret@cluster0.example.net/mediglot'
    expect(resolveDatabaseTarget(atlas, cwd)).toEqual({ kind: 'mongodb', url: atlas })
  })

  it('uses PostgreSQL for postgres:// and postgresql:// URIs, with host, port and database', () => {
    expect(resolveDatabaseTarget('postgres://app:pw@db.internal:6432/mediglot?sslmode=require', cwd)).toEqual({
      kind: 'postgres',
      url: 'postgres://app:pw@db.internal:6432/mediglot?sslmode=require',
      host: 'db.internal',
      port: 6432,
      database: 'mediglot',
    })
    expect(resolveDatabaseTarget('postgresql://db/site', cwd)).toMatchObject({ kind: 'postgres', host: 'db', port: 5432, database: 'site' })
  })

  it.each([
    ['postgres://app:hunter2@db internal/mediglot', /cannot be parsed/],
    ['postgres:///mediglot?password=hunter2', /names no host/],
    ['postgres://app:hunter2@db.internal:99999/mediglot', /cannot be parsed|not a port/],
    ['postgres://app:hunter2@db.internal', /names no database on host db\.internal/],
  ])('refuses the malformed PostgreSQL URI %s without repeating its password', (uri, message) => {
    let error: unknown
    try {
      resolveDatabaseTarget(uri, cwd)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MalformedDatabaseUriError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toMatch(/hunter2/)
  })

  it('describes a PostgreSQL database by host, port and name, never by its password', () => {
    const target = resolveDatabaseTarget('postgres://app:hunter2@db.internal:6432/mediglot', cwd)
    expect(describeTarget(target)).toBe('PostgreSQL database "mediglot" on db.internal:6432')
    expect(withoutPassword('failed for postgres://app:hunter2@db.internal:6432/mediglot (hunter2)', target.url)).toBe(
      'failed for postgres://app:***@db.internal:6432/mediglot (***)',
    )
  })

  it('reads the pool size, statement timeout and connect timeout from the environment', () => {
    expect(postgresPoolOptions({})).toEqual({ max: 10, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000 })
    expect(
      postgresPoolOptions({ DATABASE_POOL_SIZE: '25', DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_CONNECT_TIMEOUT_MS: '800' }),
    ).toEqual({ max: 25, statementTimeoutMs: 0, connectTimeoutMs: 800 })
    expect(() => postgresPoolOptions({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE must be a whole number/)
    expect(() => postgresPoolOptions({ DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/)
  })

  it.each(['mysql://host/db', 'https://example.org', 'sqlite.db', 'redis://x'])(
    'refuses %s with a message naming the supported schemes',
    (uri) => {
      expect(() => resolveDatabaseTarget(uri, cwd)).toThrow(UnsupportedDatabaseUriError)
      expect(() => resolveDatabaseTarget(uri, cwd)).toThrow(/"file:".*"postgres:\/\/".*"mongodb:\/\/".*"mongodb\+srv:\/\/"/)
    },
  )

  it('never repeats a password from a refused URI', () => {
    expect(() => resolveDatabaseTarget('mysql://admin:hunter2@db/x', cwd)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    )
  })
})

describe('building the adapter', () => {
  it('gives the SQLite adapter for a file target and the MongoDB adapter for a mongodb target, without connecting', async () => {
    const { createDatabaseAdapter } = await import('@/db/adapter')
    const os = await import('node:os')
    const dir = os.tmpdir()
    const sqlite = createDatabaseAdapter(resolveDatabaseTarget(`file:${dir}/adapter-test/x.db`), dir)
    expect(sqlite.name).toBe('sqlite')
    const mongo = createDatabaseAdapter(resolveDatabaseTarget('mongodb://127.0.0.1:1/never-connected'), dir)
    expect(mongo.name).toBe('mongoose')
    const postgres = createDatabaseAdapter(resolveDatabaseTarget('postgres://u:p@127.0.0.1:1/never-connected'), dir)
    expect(postgres.name).toBe('postgres')
  })

  it('reads SQLITE_SYNCHRONOUS as FULL (default) or NORMAL and refuses anything else', () => {
    expect(sqliteSynchronous(undefined)).toBe('FULL')
    expect(sqliteSynchronous(' normal ')).toBe('NORMAL')
    expect(sqliteSynchronous('FULL')).toBe('FULL')
    expect(() => sqliteSynchronous('OFF')).toThrow(/FULL \(the default\) or NORMAL/)
  })
})

describe('reaching PostgreSQL at start-up', () => {
  it('stops with a message naming the host and port of an unreachable server, never its password', async () => {
    const { databaseSupport } = await import('@/db/adapter')
    const target = resolveDatabaseTarget('postgres://app:hunter2@127.0.0.1:1/mediglot')
    const failure = databaseSupport(target).probe()
    await expect(failure).rejects.toThrow(/Cannot connect to PostgreSQL database "mediglot" on 127\.0\.0\.1:1: .*ECONNREFUSED/)
    await expect(failure).rejects.toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }))
  })
})

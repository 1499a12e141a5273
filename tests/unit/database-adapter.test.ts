import path from 'node:path'

import { resolveDatabaseTarget, sqliteSynchronous, UnsupportedDatabaseUriError } from '@/db/adapter'

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

  it.each(['postgres://user:pw@host/db', 'mysql://host/db', 'https://example.org', 'sqlite.db', 'redis://x'])(
    'refuses %s with a message naming the supported schemes',
    (uri) => {
      expect(() => resolveDatabaseTarget(uri, cwd)).toThrow(UnsupportedDatabaseUriError)
      expect(() => resolveDatabaseTarget(uri, cwd)).toThrow(/"file:".*"mongodb:\/\/".*"mongodb\+srv:\/\/"/)
    },
  )

  it('never repeats a password from a refused URI', () => {
    expect(() => resolveDatabaseTarget('postgres://admin:hunter2@db/x', cwd)).toThrow(
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
  })

  it('reads SQLITE_SYNCHRONOUS as FULL (default) or NORMAL and refuses anything else', () => {
    expect(sqliteSynchronous(undefined)).toBe('FULL')
    expect(sqliteSynchronous(' normal ')).toBe('NORMAL')
    expect(sqliteSynchronous('FULL')).toBe('FULL')
    expect(() => sqliteSynchronous('OFF')).toThrow(/FULL \(the default\) or NORMAL/)
  })
})

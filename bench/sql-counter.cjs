// Loaded with `node --require` into a server under test: counts the SQLite statements it runs
// (libsql, as used by @payloadcms/db-sqlite) and the rows they return, and writes the totals to
// $BENCH_SQL_COUNTS whenever the process receives SIGUSR2. Reads per request = difference of
// two snapshots around a request made while nothing else runs.
const fs = require('node:fs')
const path = require('node:path')
const { createRequire } = require('node:module')

const out = process.env.BENCH_SQL_COUNTS
try {
  const requireFromClient = createRequire(path.join(process.cwd(), 'node_modules/@libsql/client/package.json'))
  const Database = requireFromClient('libsql')
  const counts = { statements: 0, selects: 0, writes: 0, rows: 0 }
  const prepare = Database.prototype.prepare
  Database.prototype.prepare = function (sql) {
    const stmt = prepare.call(this, sql)
    const isSelect = /^\s*(select|with)\b/i.test(sql)
    for (const method of ['run', 'get', 'all', 'iterate']) {
      const original = stmt[method]
      stmt[method] = function (...args) {
        counts.statements++
        if (isSelect) counts.selects++
        else counts.writes++
        const result = original.apply(this, args)
        if (method === 'all' && Array.isArray(result)) counts.rows += result.length
        if (method === 'get' && result) counts.rows++
        if (method === 'iterate' && result && typeof result.next === 'function') {
          const next = result.next.bind(result)
          result.next = () => {
            const value = next()
            if (!value.done) counts.rows++
            return value
          }
        }
        return result
      }
    }
    return stmt
  }
  if (out) process.on('SIGUSR2', () => fs.writeFileSync(out, JSON.stringify(counts)))
} catch (error) {
  if (out) fs.writeFileSync(out, JSON.stringify({ error: String(error) }))
}

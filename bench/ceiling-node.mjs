// The bare Node ceiling: a plain http server answering every request with the same bytes from
// memory (no routing, no compression). Run in its own process so it never shares an event loop
// with the load generator.   node bench/ceiling-node.mjs FILE CONTENT_TYPE
import fs from 'node:fs'
import http from 'node:http'

const [file, contentType] = process.argv.slice(2)
const body = fs.readFileSync(file)
const headers = { 'content-type': contentType, 'content-length': String(body.length) }
const server = http.createServer((req, res) => {
  res.writeHead(200, headers)
  res.end(body)
})
server.keepAliveTimeout = 65_000
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))

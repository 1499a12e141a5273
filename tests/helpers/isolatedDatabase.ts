/**
 * jest setupFiles for the integration project: every test file gets its own throw-away
 * database (an SQLite file, or a fresh database on the test PostgreSQL server under `npm run
 * test:postgres`), chosen before the file's imports run (modules that import the Payload config
 * read DATABASE_URI as they load).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { newDatabaseUri } from './testDatabase'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-int-'))
process.env.MEDIGLOT_TEST_DIR = dir
process.env.DATABASE_URI = newDatabaseUri(dir, 'test')
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= 'test-secret'

/** Tests that only make sense on one database say so in their names and are skipped on the other. */
import { onPostgres } from './testDatabase'

export { onPostgres }

/** `it` for a test that only makes sense on SQLite; skipped under `npm run test:postgres`. */
export const itOnSqlite: jest.It = onPostgres ? it.skip : it
/** `it` for a test that only makes sense on PostgreSQL; skipped under `npm test`. */
export const itOnPostgres: jest.It = onPostgres ? it : it.skip
/** `describe` for a group that only makes sense on SQLite. */
export const describeOnSqlite: jest.Describe = onPostgres ? describe.skip : describe
/** `describe` for a group that only makes sense on PostgreSQL. */
export const describeOnPostgres: jest.Describe = onPostgres ? describe : describe.skip

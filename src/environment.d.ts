declare global {
  namespace NodeJS {
    interface ProcessEnv {
      /** Unset: ./data/mediglot.db (SQLite). file:..., postgres://..., postgresql://..., mongodb://..., mongodb+srv://... */
      DATABASE_URI?: string
      /** PostgreSQL: connections in the pool of each process (default 10). */
      DATABASE_POOL_SIZE?: string
      /** PostgreSQL: the server cancels a statement running longer (ms, default 30000, 0 = no limit). */
      DATABASE_STATEMENT_TIMEOUT_MS?: string
      /** PostgreSQL: wait for a connection at most this long (ms, default 5000). */
      DATABASE_CONNECT_TIMEOUT_MS?: string
      /** Tests only: a PostgreSQL server for `npm run test:postgres` (its user may create databases). */
      TEST_POSTGRES_URL?: string
      /** Signs sessions; required by a production server. */
      PAYLOAD_SECRET?: string
      /** Public base URL of the site, for absolute links. */
      NEXT_PUBLIC_SERVER_URL?: string
      /** Extra browser origins (comma-separated) allowed to call Payload's REST/GraphQL with cookies. */
      CORS_ORIGINS?: string
      TRUST_PROXY?: string
      RATE_LIMIT_ANONYMOUS_PER_MINUTE?: string
      RATE_LIMIT_STAFF_PER_MINUTE?: string
      /** Production server port (default 3000). */
      PORT?: string
      /** Production server interface (default 0.0.0.0). */
      HOST?: string
      /** Upload directory (default ./data/media). */
      MEDIA_DIR?: string
      /** Password for the demo accounts made by `npm run demo`. */
      DEMO_PASSWORD?: string
      /** Payload log level (default info). */
      LOG_LEVEL?: string
      /** Response cache size in MB (default 128). */
      RESPONSE_CACHE_MB?: string
      CACHE_PURGE?: 'precise' | 'everything'
      /** Interval (ms) of the cross-process content change check (default 1000, 0 = off). */
      CONTENT_SYNC_INTERVAL_MS?: string
      /** SQLite only: FULL (default) or NORMAL commit durability. */
      SQLITE_SYNCHRONOUS?: 'FULL' | 'NORMAL'
      /** Partner API: delay (ms) between a content change and the change-feed sweep (default 250). */
      PARTNER_CHANGE_DELAY_MS?: string
      /** Partner webhooks: attempts per delivery including the first (default 6). */
      WEBHOOK_ATTEMPTS?: string
      /** Partner webhooks: base backoff (ms), doubled after each failed attempt (default 30000). */
      WEBHOOK_BACKOFF_MS?: string
      /** Partner webhooks: timeout (ms) of one delivery (default 10000). */
      WEBHOOK_TIMEOUT_MS?: string
      /** Partner webhooks: cron (with seconds) of the delivery job runner (default every 5 s). */
      WEBHOOK_CRON?: string
      /** Partner webhooks: hosts that may be reached although not public, over http too (tests only). */
      WEBHOOK_ALLOW_HOSTS?: string
      /** 1: a proxy in front sets X-Forwarded-For; its last entry is the client address. */
      TRUST_PROXY?: '1'
      /** Set by the integration tests' setup: the test file's scratch directory. */
      MEDIGLOT_TEST_DIR?: string
      /** Chromium binary for the browser tests (default /usr/bin/chromium). */
      CHROMIUM_PATH?: string
    }
  }
}

export {}

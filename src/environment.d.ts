declare global {
  namespace NodeJS {
    interface ProcessEnv {
      /** Unset: ./data/mediglot.db (SQLite). file:..., mongodb://..., mongodb+srv://... */
      DATABASE_URI?: string
      /** Signs sessions; required by a production server. */
      PAYLOAD_SECRET?: string
      /** Public base URL of the site, for absolute links. */
      NEXT_PUBLIC_SERVER_URL?: string
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
      /** Interval (ms) of the cross-process content change check (default 1000, 0 = off). */
      CONTENT_SYNC_INTERVAL_MS?: string
      /** Set by the integration tests' setup: the test file's scratch directory. */
      MEDIGLOT_TEST_DIR?: string
      /** Chromium binary for the browser tests (default /usr/bin/chromium). */
      CHROMIUM_PATH?: string
    }
  }
}

export {}

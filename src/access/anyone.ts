import type { Access } from 'payload'

/** Media files are public: they are only reachable from published text and carry no drafts. */
export const anyone: Access = () => true

// The content-change signal is a leaf (src/lib/contentChange.ts): collections announce through
// it without importing the cache. Re-exported here for the cache's own listeners.
export { notifyContentChange, onContentChange, type ContentChange } from '@/lib/contentChange'

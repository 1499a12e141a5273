// Safe URLs are a leaf helper (src/lib/safeUrl.ts), used by the collections' validators too.
export * from '@/lib/safeUrl'

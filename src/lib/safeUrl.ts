/**
 * The free link targets readers may follow: absolute http(s), mailto and tel URLs (a helpline
 * number is a link on a phone), as the URL parser normalises them (quotes and angle brackets
 * percent-encoded). Anything else (javascript:, data:,
 * vbscript:, protocol-relative, relative or malformed) is null. Shared by the rich-text renderer,
 * which drops such links and keeps their text, and by the editor's link validation, which refuses
 * them at input so an editor never stores a link readers would not get.
 */
export function safeLinkUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const trimmed = url.trim()
  // A telephone number and nothing else (the parser leaves tel: paths as they are).
  if (/^tel:/i.test(trimmed)) return /^tel:\+?[0-9][0-9().-]{2,30}$/i.test(trimmed) ? `tel:${trimmed.slice(4)}` : null
  if (/^(https?:|mailto:)/i.test(trimmed)) {
    try {
      const parsed = new URL(trimmed)
      return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null
    } catch {
      return null
    }
  }
  return null
}

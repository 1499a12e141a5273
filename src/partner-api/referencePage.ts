/** A plain server-rendered reference page made from the OpenAPI document (no client script). */
import { escapeHtml } from '@/lib/escapeHtml'

type Doc = ReturnType<typeof import('./openapi').openApiDocument>

export function referencePage(doc: Doc): string {
  const server = doc.servers[0].url
  const operations = Object.entries(doc.paths as Record<string, Record<string, { summary?: string; parameters?: Array<{ name: string; in: string; description?: string; schema?: { default?: unknown; enum?: unknown[]; maximum?: number } }>; responses: Record<string, { description: string }> }>>)
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })))
  const section = ({ path, method, op }: (typeof operations)[number]) => `
<section>
  <h2><code>${method.toUpperCase()} ${escapeHtml(server + path)}</code></h2>
  <p>${escapeHtml(op.summary ?? '')}</p>
  ${op.parameters?.length ? `<table><tr><th>parameter</th><th>in</th><th>values</th><th>meaning</th></tr>${op.parameters
    .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${escapeHtml(p.schema?.enum ? p.schema.enum.join(', ') : p.schema?.maximum ? `≤ ${p.schema.maximum}` : '')}${p.schema?.default !== undefined ? ` (default ${escapeHtml(String(p.schema.default))})` : ''}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`)
    .join('')}</table>` : ''}
  <ul>${Object.entries(op.responses).map(([status, r]) => `<li><strong>${status}</strong> ${escapeHtml(r.description)}</li>`).join('')}</ul>
</section>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} · reference</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}h2{font-size:1.1rem;margin-top:2rem}</style>
</head><body>
<h1>${escapeHtml(doc.info.title)} <small>v${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description)}</p>
<p>Machine-readable contract: <a href="${escapeHtml(server)}/openapi.json">openapi.json</a> (OpenAPI ${doc.openapi}). Content licence: <a href="${escapeHtml(doc.info.license.url)}">${escapeHtml(doc.info.license.name)}</a>.</p>
${operations.map(section).join('\n')}
<section><h2>Webhooks</h2><p>${escapeHtml(doc.webhooks.contentChange.post.summary)}</p></section>
</body></html>`
}

import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { isContentCollection } from '@/collections/slugs'

import { canEditLocale } from '../permissions'
import { isStaff } from '../roles'
import { maxXliffBytes, XliffError } from '../xliff/format'
import {
  exportXliff,
  importXliff,
  translationsBehindRefs,
  type DocumentRef,
} from '../xliff/service'

function problem(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status })
}

/** Only people who may write Chinese hand translations out and take them back. */
function refuse(req: PayloadRequest): Response | null {
  if (!req.user) return problem(401, 'unauthorized', 'Sign in to exchange XLIFF files.')
  if (!isStaff(req.user) || !canEditLocale(req.user, 'zh'))
    return problem(403, 'forbidden', 'Your account cannot edit Chinese text.')
  return null
}

function parseSelection(raw: string): DocumentRef[] | string {
  const refs: DocumentRef[] = []
  for (const part of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z]+)\/([A-Za-z0-9]{1,64})$/.exec(part)
    if (!match || !isContentCollection(match[1]))
      return `"${part}" is not collection/id (collections: topics, causes, treatments, faqs).`
    refs.push({ collection: match[1], id: match[2] })
  }
  return refs.length > 0
    ? refs
    : 'Name the documents (?documents=causes/3,faqs/7) or ask for ?behind=1.'
}

/** GET /api/translation/xliff?behind=1 | ?documents=causes/3,faqs/7: one XLIFF 2.0 file. */
const exportHandler: PayloadHandler = async (req) => {
  const refused = refuse(req)
  if (refused) return refused
  const params = req.searchParams
  const selection =
    params.get('behind') === '1'
      ? await translationsBehindRefs(req)
      : parseSelection(params.get('documents') ?? '')
  if (typeof selection === 'string') return problem(400, 'invalid_request', selection)
  try {
    const { xml } = await exportXliff(req, selection)
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="mediglot-en-zh-${new Date().toISOString().slice(0, 10)}.xlf"`,
        'Cache-Control': 'no-store',
      },
    })
  } catch (error) {
    if (error instanceof XliffError) return problem(404, 'not_found', error.message)
    throw error
  }
}

/**
 * POST /api/translation/xliff: a returned file, as multipart (`file`) or JSON `{ "xml": "…" }`.
 * Answers the import report per document; a file refused as a whole imports nothing.
 */
const importHandler: PayloadHandler = async (req) => {
  const refused = refuse(req)
  if (refused) return refused
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > maxXliffBytes + 64 * 1024)
    return problem(413, 'too_large', `The file is larger than ${maxXliffBytes / 1024 / 1024} MB.`)
  let xml: unknown
  try {
    const type = req.headers.get('content-type') ?? ''
    if (type.startsWith('multipart/form-data') && req.formData) {
      const file = (await req.formData()).get('file')
      xml = typeof file === 'string' ? file : file ? await file.text() : undefined
    } else if (req.json) {
      xml = ((await req.json()) as { xml?: unknown } | null)?.xml
    }
  } catch {
    return problem(
      400,
      'invalid_request',
      'Send the file as multipart/form-data (field "file") or JSON { "xml": "…" }.',
    )
  }
  if (typeof xml !== 'string' || !xml.trim())
    return problem(
      400,
      'invalid_request',
      'Send the file as multipart/form-data (field "file") or JSON { "xml": "…" }.',
    )
  try {
    return Response.json(await importXliff(req, xml))
  } catch (error) {
    if (error instanceof XliffError) return problem(400, 'invalid_xliff', error.message)
    throw error
  }
}

export const xliffEndpoints: Endpoint[] = [
  { path: '/translation/xliff', method: 'get', handler: exportHandler },
  { path: '/translation/xliff', method: 'post', handler: importHandler },
]

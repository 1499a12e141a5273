/**
 * Issue 10, finding 11: every /api/media/file/* answered 404 (the guard read "file" as an id),
 * and bodies silently dropped their images. Now an image placed in a published body is shown on
 * the page, in both languages, with its alt text in the page's language, and its file answers.
 */
import { publishThroughWorkflow } from '../helpers/rest'

import { recordFigure } from './report'
import { startSecurityServer, type SecurityServer } from './security'

let server: SecurityServer
/** A 1×1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

beforeAll(async () => {
  server = await startSecurityServer('media')
}, 300_000)
afterAll(async () => server?.app.stop())

const body = (mediaId: number, words: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [
          {
            type: 'text',
            text: words,
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
            version: 1,
          },
        ],
      },
      {
        type: 'upload',
        relationTo: 'media',
        value: mediaId,
        fields: null,
        format: '',
        version: 3,
        id: 'battery-upload',
      },
    ],
  },
})

describe('uploaded images', () => {
  it('are visible on a published page in both languages, and their file answers with an image', async () => {
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'battery-scan.png')
    form.append('_payload', JSON.stringify({ alt: 'An ultrasound scan' }))
    const uploaded = await server.send('/api/media?locale=en', {
      method: 'POST',
      headers: { authorization: `JWT ${server.tokens.editor}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const media = (JSON.parse(await uploaded.text()) as { doc: { id: number; filename: string } })
      .doc
    await server.client.ok('PATCH', `/api/media/${media.id}?locale=zh`, server.tokens.editor, {
      alt: '超声扫描图像',
    })

    const { editor, reviewer } = server.tokens
    const created = await server.client.ok('POST', '/api/topics?locale=en&draft=true', editor, {
      slug: 'battery-image',
      order: 99,
      title: 'A page with an image',
      summary: 'Shows an image.',
      body: body(media.id, 'Look at this scan.'),
    })
    const id = (created.doc as { id: number }).id
    await server.client.ok('PATCH', `/api/topics/${id}?locale=zh&draft=true`, editor, {
      title: '带图片的页面',
      summary: '显示一张图片。',
      body: body(media.id, '请看这张扫描图。'),
    })
    await publishThroughWorkflow(server.client, 'topics', id, 'en', { editor, reviewer })
    await publishThroughWorkflow(server.client, 'topics', id, 'zh', { editor, reviewer })

    for (const [locale, alt] of [
      ['en', 'An ultrasound scan'],
      ['zh', '超声扫描图像'],
    ] as const) {
      const html = await (await server.send(`/${locale}/topics/battery-image`)).text()
      const img = /<img src="([^"]+)" alt="([^"]*)"/.exec(html)
      expect(img).not.toBeNull()
      expect(img?.[2]).toBe(alt)
      const src = new URL(img?.[1] ?? '')
      expect(src.pathname).toBe(`/api/media/file/${media.filename}`)
      const file = await server.send(src.pathname)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toMatch(/^image\/png/)
      recordFigure(
        'Security: media',
        `image on the ${locale} page`,
        `${file.status} ${file.headers.get('content-type')}`,
      )
    }
  }, 180_000)

  it('answers a file no media document names with a 4xx, not a 500', async () => {
    const status = (await server.send('/api/media/file/no-such-file.png')).status
    expect([403, 404]).toContain(status)
  })
})

import { mediaFilePath, mediaKey, uploadsIn, type PublicImage } from '@/content/media'
import { lexicalToHtml } from '@/content/richText'

import { paragraph, root, text, upload } from '../helpers/lexical'

const image = (over: Partial<PublicImage> = {}): PublicImage => ({
  src: 'http://localhost:3000/api/media/file/scan.png',
  alt: 'An ultrasound scan',
  width: 640,
  height: 480,
  ...over,
})
const render = (state: unknown, images: Map<string, PublicImage>) =>
  lexicalToHtml(state, { locale: 'en', links: new Map(), englishMarker: '(English)', images })

describe('images in rich text', () => {
  it('renders a public image as an img with its alt text and file URL', () => {
    const html = render(
      root(paragraph(text('Before.')), upload(7)),
      new Map([[mediaKey(7), image()]]),
    )
    expect(html).toBe(
      '<p>Before.</p><figure><img src="http://localhost:3000/api/media/file/scan.png" alt="An ultrasound scan" width="640" height="480" loading="lazy" decoding="async"></figure>',
    )
  })

  it('leaves out an image that is not among the public ones', () => {
    expect(render(root(upload(8)), new Map([[mediaKey(7), image()]]))).toBe('')
  })

  it('escapes alt text and URLs so neither can break out of the attribute', () => {
    const html = render(
      root(upload(7)),
      new Map([[mediaKey(7), image({ alt: '"><script>alert(1)</script>', src: 'http://x/a"b' })]]),
    )
    expect(html).not.toContain('<script>')
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(html).toContain('src="http://x/a&quot;b"')
  })

  it('finds each image of a body once, populated or not', () => {
    const populated = { ...upload(3), value: { id: 3, filename: 'x.png' } }
    expect(uploadsIn(root(upload(7), paragraph(text('x')), populated, upload(7)))).toEqual([7, 3])
  })

  it('makes a file path Payload serves, with the name percent-encoded', () => {
    expect(mediaFilePath('scan 1?.png')).toBe('/api/media/file/scan%201%3F.png')
  })
})

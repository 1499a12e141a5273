import type { ResolvedLink } from '@/content/links'
import { lexicalToHtml, lexicalToPlainText } from '@/content/richText'

import { bulletList, customLink, element, heading, paragraph, root, text } from '../helpers/lexical'

const noLinks = {
  locale: 'zh' as const,
  links: new Map<string, ResolvedLink | null>(),
  englishMarker: '（英文）',
}

function internalLink(relationTo: string, value: number, children: ReturnType<typeof text>[]) {
  return {
    ...element('link', children),
    fields: { linkType: 'internal', doc: { relationTo, value } },
  }
}

describe('rich text to HTML', () => {
  it('renders paragraphs, headings from h2 down, lists and text formats', () => {
    const html = lexicalToHtml(
      root(
        heading('h2', text('Causes')),
        paragraph(text('bold', 1), text(' and '), text('code', 16)),
        bulletList([text('one')], [text('two')]),
      ),
      noLinks,
    )
    expect(html).toBe(
      '<h2>Causes</h2><p><strong>bold</strong> and <code>code</code></p><ul><li>one</li><li>two</li></ul>',
    )
  })

  it('never renders a body heading as the page title (h1)', () => {
    expect(lexicalToHtml(root(element('heading', [text('Title')], { tag: 'h1' })), noLinks)).toBe(
      '<h2>Title</h2>',
    )
  })

  it('escapes text so markup typed by an editor stays text', () => {
    expect(
      lexicalToHtml(root(paragraph(text('<script>alert("x")</script> & \'q\''))), noLinks),
    ).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>')
  })

  it('keeps a safe external link, opened without the page as referrer, and drops an unsafe one to its text', () => {
    const html = lexicalToHtml(
      root(
        paragraph(
          customLink('https://example.org/a?b=1&c=2', [text('safe')], true),
          customLink('javascript:alert(1)', [text('unsafe')]),
        ),
      ),
      noLinks,
    )
    expect(html).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">safe</a>unsafe</p>',
    )
  })

  it('links an internal document as resolved, marks an English fallback, and leaves an unpublished one as text', () => {
    const links = new Map<string, ResolvedLink | null>([
      [
        'causes:1',
        {
          collection: 'causes',
          id: 1,
          slug: 'thrombophilia',
          title: 'Thrombophilia',
          locale: 'en',
          fallbackToEnglish: true,
          href: '/en/causes/thrombophilia',
        } as ResolvedLink,
      ],
      ['causes:2', null],
    ])
    const html = lexicalToHtml(
      root(
        paragraph(
          internalLink('causes', 1, [text('血栓')]),
          internalLink('causes', 2, [text('未发布')]),
        ),
      ),
      { ...noLinks, links },
    )
    expect(html).toBe(
      '<p><a href="/en/causes/thrombophilia" hreflang="en">血栓</a> <span class="link-language" lang="en">（英文）</span>未发布</p>',
    )
  })

  it('keeps the text of a node it does not know, never its markup', () => {
    expect(
      lexicalToHtml(
        root(element('mystery', [text('kept')]), { type: 'upload', value: 3 }),
        noLinks,
      ),
    ).toBe('kept')
  })

  it('renders nothing for an empty or missing body', () => {
    expect(lexicalToHtml(null, noLinks)).toBe('')
    expect(lexicalToHtml({}, noLinks)).toBe('')
  })
})

describe('rich text to plain text', () => {
  it('gives one block per paragraph, heading and list item, separated by blank lines', () => {
    const state = root(
      heading('h2', text('Tests')),
      paragraph(text('First '), text('line', 1)),
      bulletList([text('a')], [text('b')]),
    )
    expect(lexicalToPlainText(state)).toBe('Tests\n\nFirst line\n\na\n\nb')
  })

  it('keeps line breaks and drops empty paragraphs', () => {
    expect(
      lexicalToPlainText(
        root(paragraph(text('one'), { type: 'linebreak' }, text('two')), paragraph()),
      ),
    ).toBe('one\ntwo')
    expect(lexicalToPlainText(undefined)).toBe('')
  })
})

import type { PublishedDocument } from '@/content/documents'
import { jsonLdScript, medicalWebPageJsonLd } from '@/content/seo'
import { escapeHtml } from '@/lib/escapeHtml'
import { serializeDocument } from '@/partner-api/serialize'

const chineseCause: PublishedDocument = {
  collection: 'causes',
  id: 3,
  slug: 'thrombophilia',
  locale: 'zh',
  title: '易栓症 <b>',
  summary: '凝血异常',
  bodyHtml: '<p>正文</p>',
  bodyText: '正文',
  related: [],
  review: {
    reviewerName: 'Dr Reed',
    reviewerCredentials: 'MD, obstetrics',
    lastReviewed: '2026-03-01T09:00:00.000Z',
    nextReviewDue: null,
    overdue: false,
  },
  translation: { state: 'current', englishUpdatedAt: null } as PublishedDocument['translation'],
  sources: [
    {
      slug: 'rcog',
      title: 'Recurrent miscarriage guideline',
      organisation: 'RCOG',
      year: 2023,
      publication: null,
      url: 'https://example.org/g',
      doi: null,
      pmid: null,
    },
  ],
  alternates: { en: '/en/causes/thrombophilia', zh: '/zh/causes/thrombophilia' },
  updatedAt: '2026-03-02T10:00:00.000Z',
}

describe('the structured data of a public page', () => {
  it('names the page, its reviewer with credentials as jobTitle, its sources by publisher, and the English original', () => {
    const ld = medicalWebPageJsonLd(chineseCause, {
      siteName: 'Mediglot',
      base: 'https://rm.example.org',
    })
    expect(ld).toMatchObject({
      '@type': 'MedicalWebPage',
      '@id': 'https://rm.example.org/zh/causes/thrombophilia',
      url: 'https://rm.example.org/zh/causes/thrombophilia',
      name: '易栓症 <b>',
      description: '凝血异常',
      inLanguage: 'zh-Hans',
      lastReviewed: '2026-03-01',
      reviewedBy: { '@type': 'Person', name: 'Dr Reed', jobTitle: 'MD, obstetrics' },
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Recurrent miscarriage guideline',
          publisher: { '@type': 'Organization', name: 'RCOG' },
          datePublished: '2023',
          url: 'https://example.org/g',
        },
      ],
      translationOfWork: { '@id': 'https://rm.example.org/en/causes/thrombophilia' },
    })
  })

  it('leaves out what the document does not have instead of writing empty values', () => {
    const bare = {
      ...chineseCause,
      locale: 'en' as const,
      summary: null,
      sources: [],
      translation: { state: 'source' } as PublishedDocument['translation'],
      review: { ...chineseCause.review, reviewerName: null, lastReviewed: null },
    }
    const ld = medicalWebPageJsonLd(bare, { siteName: 'Mediglot', base: 'https://rm.example.org' })
    for (const key of [
      'description',
      'reviewedBy',
      'lastReviewed',
      'citation',
      'translationOfWork',
      'license',
    ])
      expect(ld).not.toHaveProperty(key)
  })

  it('is the same in the partner API, with the base URL partners see and the licence', () => {
    const served = serializeDocument(chineseCause, 'https://api.example.net')
    expect(served.jsonLd).toEqual(
      medicalWebPageJsonLd(chineseCause, {
        siteName: 'Mediglot',
        base: 'https://api.example.net',
        license: served.licence.url,
      }),
    )
  })

  it('escapes the title in the partner attribution HTML', () => {
    expect(
      serializeDocument(chineseCause, 'https://api.example.net').licence.attributionHtml,
    ).toContain('>易栓症 &lt;b&gt;</a>')
  })

  it('inlines safely in a script element', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>\u2028' })).toBe(
      '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u2028"}',
    )
  })
})

describe('HTML escaping', () => {
  it('escapes the five characters that matter in content and quoted attributes, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp; 中文</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp; 中文&lt;/a&gt;',
    )
  })
})

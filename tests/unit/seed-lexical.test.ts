import { blocksToLexical, parseInline } from '@/seed/lexical'

describe('turning seed text into Lexical JSON', () => {
  const ids: Record<string, number> = { 'causes/immune': 7 }
  const resolve = (collection: string, slug: string) => ids[`${collection}/${slug}`]

  it('makes internal links to existing documents and keeps bold text', () => {
    const { nodes, unresolved } = parseInline('See [immune causes](causes/immune) and **act early**.', resolve)
    expect(unresolved).toEqual([])
    expect(nodes.map((n) => n.type)).toEqual(['text', 'link', 'text', 'text', 'text'])
    expect(nodes[1]).toMatchObject({ fields: { linkType: 'internal', doc: { relationTo: 'causes', value: 7 } } })
    expect(nodes[3]).toMatchObject({ text: 'act early', format: 1 })
  })

  it('leaves a link to a missing document as text and reports it', () => {
    const { nodes, unresolved } = parseInline('[PGT](treatments/pgt-ivf)', resolve)
    expect(nodes).toEqual([expect.objectContaining({ type: 'text', text: 'PGT' })])
    expect(unresolved).toEqual(['treatments/pgt-ivf'])
  })

  it('refuses a link to a collection that cannot be linked', () => {
    expect(() => parseInline('[x](users/admin)', resolve)).toThrow(/Unknown link target/)
  })

  it('builds headings, paragraphs and lists under one root', () => {
    const { state } = blocksToLexical(
      [
        { type: 'h2', text: 'Heading' },
        { type: 'p', text: 'Text' },
        { type: 'ol', items: ['one', 'two'] },
      ],
      resolve,
    )
    const children = (state.root as unknown as { children: Array<Record<string, unknown>> }).children
    expect(children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'list'])
    expect(children[2]).toMatchObject({ listType: 'number', tag: 'ol' })
  })
})

import { buildSchema, parse, validate } from 'graphql'

import { graphQLCostRules, maxQueryCost, restReadCost } from '@/security/queryCost'

/** The shape of Payload's schema where it matters: pages with a limit, hasMany relationships, rich text as JSON with a depth. */
const schema = buildSchema(`
  scalar JSON
  type Topic { id: Int title: String body(depth: Int): JSON relatedTopics: [Topic] }
  type Topics { docs: [Topic] totalDocs: Int }
  type Query { Topics(limit: Int, page: Int, pagination: Boolean): Topics }
`)

function costErrors(query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = {}
  const document = parse(query)
  const errors = validate(
    schema,
    document,
    graphQLCostRules({ schema, document, variableValues: variables, contextValue: { headers } }),
  )
  return {
    errors: errors.map((e) => e.message),
    marked: headers['x-mediglot-query-refused'] === '400',
  }
}

describe('restReadCost', () => {
  it('counts a page of documents times each level of population', () => {
    expect(restReadCost({ limit: 10, depth: 2 })).toBe(1110)
    expect(restReadCost({ limit: 100, depth: 0 })).toBe(100)
    expect(restReadCost({})).toBe(1110) // Payload's defaults: 10 documents at depth 2
  })

  it('counts "all of them" as more than any budget', () => {
    expect(restReadCost({ pagination: false, depth: 0 })).toBeGreaterThan(maxQueryCost)
    expect(restReadCost({ limit: 0, depth: 0 })).toBeGreaterThan(maxQueryCost)
  })
})

describe('the GraphQL cost rule', () => {
  it('refuses 100 topics with their related topics’ bodies and marks the answer for a 400', () => {
    const result = costErrors('{ Topics(limit:100){ docs { id body relatedTopics { id body } } } }')
    expect(result.errors).toEqual([
      expect.stringMatching(/too costly: it may read up to 2200 documents/),
    ])
    expect(result.marked).toBe(true)
  })

  it('lets a page of 100 titles and bodies through', () => {
    expect(costErrors('{ Topics(limit:100){ docs { id title body } } }')).toEqual({
      errors: [],
      marked: false,
    })
  })

  it('follows variables, aliases and fragments', () => {
    expect(
      costErrors('query($n:Int){ Topics(limit:$n){ docs { body relatedTopics { body } } } }', {
        n: 100,
      }).errors,
    ).toHaveLength(1)
    expect(
      costErrors(
        '{ a: Topics(limit:60){ docs { body relatedTopics { body } } } b: Topics(limit:60){ docs { body relatedTopics { body } } } }',
      ).errors,
    ).toHaveLength(1)
    expect(
      costErrors(
        'fragment T on Topic { body relatedTopics { body } } { Topics(limit:100){ docs { ...T } } }',
      ).errors,
    ).toHaveLength(1)
    expect(costErrors('{ Topics(pagination:false){ docs { id } } }').errors).toHaveLength(1)
  })
})

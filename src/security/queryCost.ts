/**
 * One cost limit for every public query, REST and GraphQL alike, checked before any document is
 * read: an over-cost query gets a 400 that says what to ask instead.
 *
 * The cost is the number of documents (or rich-text values) a query may bring back at most:
 * a page of N documents costs N, each level of population multiplies by the number of documents
 * one document may link to (counted as `fanOut`), and in GraphQL a selected rich-text field
 * costs one document more. Rich text itself never populates what it links to (src/collections/
 * shared/fields.ts, maxDepth 0), so a body is as big as what an editor wrote.
 *
 * Why: one anonymous GraphQL query of 100 topics with their related topics' bodies took 30 s and
 * 530 MB and held every other request for 17 s (issue 10, finding 1).
 *
 * The limit holds under plain `next start` too: REST through a beforeOperation hook on every
 * collection (payload.config.ts), GraphQL through a validation rule (Payload's graphQL
 * validationRules), which runs before the query is executed.
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../editorial/roles'

/** The most documents one public query may bring back (default REST read: 10 documents at depth 2 = 1,110). */
export const maxQueryCost = 1200
/** How many documents one document is counted as linking to, per relationship or join. */
export const fanOut = 10
/** Payload's page size when a query names none. */
const defaultLimit = 10
/** What "all of them" (limit=0, pagination=false) is counted as: more than any budget allows. */
const unbounded = Number.MAX_SAFE_INTEGER

export interface RestReadShape {
  limit?: number | null
  depth?: number | null
  pagination?: boolean | null
}

/** Documents a REST or Local API find may bring back: a page, each populated `depth` levels deep. */
export function restReadCost(
  { limit, depth, pagination }: RestReadShape,
  defaultDepth = 2,
): number {
  const pageSize = pagination === false || limit === 0 ? unbounded : (limit ?? defaultLimit)
  const levels = Math.max(0, depth ?? defaultDepth)
  let perDocument = 0
  for (let level = 0; level <= levels; level++) perDocument += fanOut ** level
  return Math.min(unbounded, pageSize * perDocument)
}

export function tooCostlyMessage(cost: number): string {
  const shown = cost >= unbounded ? 'every document' : `up to ${cost} documents`
  return `This query is too costly: it may read ${shown}, and a query may read at most ${maxQueryCost}. Ask for fewer documents (limit), less population (depth=0 or 1), or fewer nested relationships and rich-text fields.`
}

/**
 * A REST find by an anonymous caller or a partner is refused before it reads when it may bring
 * back more than maxQueryCost documents. Staff reading in the admin are not limited here (the
 * admin asks large pages at depth 0); population inside a read (currentDepth > 0), the Local API
 * (our read model pages its own reads) and GraphQL (costed by graphQLCostRules) pass.
 */
export const refuseCostlyRead: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'read') return args
  if (req.payloadAPI !== 'REST') return args
  // Only the read the caller asked for (GET /api/{collection} or /api/{collection}/{id}, a
  // method override included), never a read Payload makes inside another operation (sign-up
  // and sign-in look users up with pagination off).
  const base = `${req.payload.config.routes.api}/${collection.slug}`
  const path = req.pathname ?? ''
  if (req.method !== 'GET' || !(path === base || path.startsWith(`${base}/`))) return args
  const shape = args as RestReadShape & { currentDepth?: number }
  if (shape.currentDepth) return args
  if (isStaff(req.user)) return args
  const cost = restReadCost(shape, req.payload.config.defaultDepth)
  if (cost > maxQueryCost) throw new APIError(tooCostlyMessage(cost), 400, undefined, true)
  return args
}

/** The response header by which the GraphQL route learns that the query was refused for cost (answered 400). */
export const graphQLRefusalHeader = 'x-mediglot-query-refused'

type Variables = Record<string, unknown> | null | undefined

function numberArgument(
  field: FieldNode,
  name: string,
  variables: Variables,
): number | boolean | undefined {
  const node = field.arguments?.find((a) => a.name.value === name)?.value
  if (!node) return undefined
  return literal(node, variables)
}

function literal(node: ValueNode, variables: Variables): number | boolean | undefined {
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value]
    return typeof value === 'number' || typeof value === 'boolean' ? value : undefined
  }
  return undefined
}

/** A Payload rich-text field in GraphQL: JSON with a `depth` argument. */
const isRichText = (field: GraphQLField<unknown, unknown>) =>
  getNamedType(field.type).name === 'JSON' && field.args.some((a) => a.name === 'depth')

/** How many documents one selection of `field` stands for. */
function fieldFanOut(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: Variables,
): number {
  const hasLimit = field.args.some((a) => a.name === 'limit')
  if (hasLimit) {
    if (numberArgument(node, 'pagination', variables) === false) return unbounded
    const limit = numberArgument(node, 'limit', variables)
    if (limit === 0) return unbounded
    return typeof limit === 'number' && Number.isFinite(limit) ? Math.max(1, limit) : defaultLimit
  }
  // `docs` of a page: its size is the limit already counted on the page's field.
  if (node.name.value === 'docs') return 1
  return isListType(getNullableType(field.type)) ? fanOut : 1
}

/** The cost of one operation's selections (fragments followed, at most 64 levels deep). */
export function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
  schemaType: (name: string) => GraphQLNamedType | undefined,
  level = 0,
): number {
  if (!selectionSet || level > 64) return level > 64 ? unbounded : 0
  if (!isObjectType(type) && !isInterfaceType(type)) return 0
  const fields = type.getFields()
  let total = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = fields[selection.name.value]
      if (!field) continue // an unknown field: validation reports it
      const named = getNamedType(field.type)
      let cost = isRichText(field) ? 1 : 0
      if (selection.selectionSet) {
        const many = fieldFanOut(selection, field, variables)
        // A populated document counts itself; a page's wrapper ({ docs, totalDocs }) does not.
        const self = isObjectType(named) && 'id' in named.getFields() ? 1 : 0
        cost +=
          many *
          (self +
            selectionCost(
              selection.selectionSet,
              named,
              fragments,
              variables,
              schemaType,
              level + 1,
            ))
      }
      total += cost
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition
        ? (schemaType(selection.typeCondition.name.value) ?? type)
        : type
      total += selectionCost(
        selection.selectionSet,
        on,
        fragments,
        variables,
        schemaType,
        level + 1,
      )
    } else {
      const fragment = fragments[selection.name.value]
      if (!fragment) continue
      const on = schemaType(fragment.typeCondition.name.value) ?? type
      total += selectionCost(fragment.selectionSet, on, fragments, variables, schemaType, level + 1)
    }
    if (total >= unbounded) return unbounded
  }
  return total
}

/** The most documents a GraphQL document's operation may bring back. */
function operationCost(context: ValidationContext, variables: Variables): number {
  const schema = context.getSchema()
  const document = context.getDocument()
  const fragments: Record<string, FragmentDefinitionNode> = {}
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
  let worst = 0
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const root =
      definition.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
    if (!root) continue
    const cost = selectionCost(
      definition.selectionSet,
      root,
      fragments,
      variables,
      (name) => schema.getType(name) ?? undefined,
    )
    worst = Math.max(worst, cost)
  }
  return worst
}

/** Payload's `graphQL.validationRules`: the cost rule, reported before execution and answered with a 400. */
export function graphQLCostRules(args: ExecutionArgs): ValidationRule[] {
  const rule: ValidationRule = (context): ASTVisitor => ({
    Document: {
      enter() {
        const cost = operationCost(context, args.variableValues as Variables)
        if (cost <= maxQueryCost) return
        context.reportError(
          new GraphQLError(tooCostlyMessage(cost), {
            extensions: { code: 'QUERY_TOO_COSTLY', statusCode: 400 },
          }),
        )
        // graphql-http answers validation errors with a 200 to clients accepting application/json;
        // the route (src/app/(payload)/api/graphql/route.ts) turns this mark into a 400.
        const headers = (args.contextValue as { headers?: Record<string, string> } | undefined)
          ?.headers
        if (headers) headers[graphQLRefusalHeader] = '400'
      },
    },
  })
  return [rule]
}

/** Answers a GraphQL response that the cost rule refused with a 400 (the body, its errors, unchanged). */
export function withGraphQLRefusalStatus(response: Response): Response {
  if (response.headers.get(graphQLRefusalHeader) === null) return response
  const headers = new Headers(response.headers)
  headers.delete(graphQLRefusalHeader)
  return new Response(response.body, { status: 400, statusText: 'Bad Request', headers })
}

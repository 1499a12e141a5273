/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { answerClientErrors } from '@/security/clientErrors'
import { withDefaultLocale } from '@/security/guardedRoute'
import { withGraphQLRefusalStatus } from '@/security/queryCost'

// Edited: Payload parses the body outside its own error handling (a 400 "Invalid JSON" became a 500),
// a request without a locale is one in the default locale (it was a 500),
// and a query refused for its cost (src/security/queryCost.ts) is answered with a 400.
const graphQLPost = GRAPHQL_POST(config)
export const POST = answerClientErrors(async (request: Request) => withGraphQLRefusalStatus(await graphQLPost(await withDefaultLocale(request))))

export const OPTIONS = REST_OPTIONS(config)

/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { answerClientErrors } from '@/security/clientErrors'

// Edited: Payload parses the body outside its own error handling (a 400 "Invalid JSON" became a 500).
export const POST = answerClientErrors(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)

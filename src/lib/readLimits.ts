/**
 * How deep any read may populate relationships (Payload's default depth): the config's maxDepth
 * for every door, and the request guard answers a REST `depth` above it with a 400. Our
 * documents link to one another, so each level multiplies an answer.
 */
export const maxRestDepth = 2

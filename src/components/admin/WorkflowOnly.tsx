/**
 * Content collections have one way to publish: the review panel's buttons, which go through the
 * workflow (src/editorial/endpoints/workflow.ts) with its confirmations and its messages.
 * Payload's own Publish, Unpublish and status controls (revert to published, unpublish) would
 * put medical text live or take it away past them, and answered a refusal with only "The
 * following field is invalid: _status"; these replace them with nothing.
 */
export function NoNativePublishControl() {
  return null
}

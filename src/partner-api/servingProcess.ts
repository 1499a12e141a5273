/**
 * Whether this process is a real server (not `next build`, a script or a test): only a server
 * records partner changes and runs webhook jobs on its own. A leaf, so payload.config.ts can ask
 * without importing the recorder.
 */
export function shouldStartOnInit(): boolean {
  return (
    process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'
  )
}

import type { ReactNode } from 'react'

/**
 * A pass-through root: the site ([locale]) and the admin ((payload)) each render their own
 * <html>. Next needs a layout here for not-found pages to render at all.
 */
export default function PassThroughLayout({ children }: { children: ReactNode }) {
  return children
}

/**
 * The site's icon (the header's mark), inline as a data URL: no request, and no /favicon.ico
 * 404 in the console of every page.
 */
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="6" fill="#0e5c70"/><path d="M10 5.5h4v4.5h4.5v4H14v4.5h-4V14H5.5v-4H10z" fill="#fff"/></svg>'

export const siteIconUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`

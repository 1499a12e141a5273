import { contentRoute } from '@/components/contentRoute'

// Rendered per request until the site issue brings static generation with on-publish revalidation.
export const dynamic = 'force-dynamic'

const route = contentRoute('treatments')

export const generateMetadata = route.generateMetadata
export default route.Page

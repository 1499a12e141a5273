import { LocalizedNotFound } from '@/components/LocalizedNotFound.client'

export default function NotFound() {
  return <LocalizedNotFound />
}

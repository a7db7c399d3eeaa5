import { NotFoundContent } from '@/components/NotFoundContent'

/** notFound() inside a page (with JavaScript; proxy.ts sends unknown addresses to page-not-found). */
export default function NotFound() {
  return <NotFoundContent />
}

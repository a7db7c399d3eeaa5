type ProviderForJsonLd = {
  name: string
  description: string
  kind: string
  contact?: {
    phone?: string | null
    email?: string | null
    website?: string | null
    address?: string | null
  } | null
  areas: string[]
}

/** schema.org GovernmentService describing one provider, for search engines and assistants. */
export function providerJsonLd(provider: ProviderForJsonLd, url: string): Record<string, unknown> {
  const contact = provider.contact ?? {}
  const organization = {
    '@type': 'Organization',
    name: provider.name,
    ...(contact.phone && { telephone: contact.phone }),
    ...(contact.email && { email: contact.email }),
    ...(contact.website && { sameAs: contact.website }),
    ...(contact.address && { address: contact.address }),
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: provider.name,
    description: provider.description,
    serviceType: provider.kind,
    url,
    provider: organization,
    ...(provider.areas.length > 0 && {
      areaServed: provider.areas.map((name) => ({ '@type': 'AdministrativeArea', name })),
    }),
  }
}

/**
 * JSON for an inline <script>: escapes the characters that could end the script element or
 * break the HTML parser, so CMS text can never inject markup.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export type Crumb = { name: string; url: string }

/** schema.org BreadcrumbList: where the page sits, from the home page down to itself. */
export function breadcrumbJsonLd(trail: Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  }
}

export type Question = { question: string; answer: string }

/** schema.org FAQPage from questions and answers exactly as the page shows them. */
export function faqJsonLd(questions: Question[]): Record<string, unknown> | null {
  if (questions.length === 0) return null
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  }
}

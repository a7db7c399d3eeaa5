'use client'

import { lazy, Suspense, type ComponentProps } from 'react'

import type { CallbackFormClient } from './CallbackForm.client'

// A chunk of its own, which the browser fetches only where the form is on the page: guides
// without the form ship none of its code (nor react-hook-form's). The server renders the form in
// full, so it shows, and posts, before this code arrives or without JavaScript at all.
const Form = lazy(() =>
  import('./CallbackForm.client').then((module) => ({ default: module.CallbackFormClient })),
)

/** CallbackFormClient, loaded on demand (same props). */
export function CallbackFormLazy(props: ComponentProps<typeof CallbackFormClient>) {
  return (
    <Suspense fallback={null}>
      <Form {...props} />
    </Suspense>
  )
}

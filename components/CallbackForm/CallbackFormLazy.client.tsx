'use client'

import { lazy, type ComponentProps, type ComponentType } from 'react'

import type { CallbackFormClient } from './CallbackForm.client'

type FormProps = ComponentProps<typeof CallbackFormClient>

// In the browser, a chunk of its own, fetched only where the form is on the page: guides without
// the form ship none of its code (nor react-hook-form's). On the server the module is required
// directly (`typeof window` is fixed at build time, so the browser bundle never includes that
// branch): the form renders in place, not as a streamed boundary that readers without
// JavaScript would never see, and it posts before its code arrives or without JavaScript.
const Form: ComponentType<FormProps> =
  typeof window === 'undefined'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('./CallbackForm.client') as typeof import('./CallbackForm.client'))
        .CallbackFormClient
    : lazy(() =>
        import('./CallbackForm.client').then((module) => ({
          default: module.CallbackFormClient,
        })),
      )

/**
 * CallbackFormClient, its browser code loaded on demand (same props). No Suspense boundary of its
 * own: one would let the server stream the form later, hidden until a script moves it in place.
 * In the browser, hydration waits at the nearest boundary until the chunk has arrived; the
 * server's HTML stays on screen and usable meanwhile.
 */
export function CallbackFormLazy(props: FormProps) {
  return <Form {...props} />
}

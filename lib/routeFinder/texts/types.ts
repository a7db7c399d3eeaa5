import type { RouteId } from '../types'

/** One route's answer text in one language: a heading and a sentence or two. */
export type RouteText = { title: string; summary: string }
/** Every route's answer text in one language. */
export type RouteTextSet = Record<RouteId, RouteText>

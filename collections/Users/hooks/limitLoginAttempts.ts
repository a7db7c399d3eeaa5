import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { clientKey } from '@/lib/clientAddress'
import type { Attempt } from '@/lib/rateLimit'
import { sharedRateLimiter } from '@/lib/sharedRateLimit'

/**
 * Failed logins allowed per client (see lib/clientAddress) in the window. Counted per client, not
 * per account, so nobody can lock staff out by guessing at their address; the password policy
 * (lib/auth/passwordPolicy) keeps guessing from many addresses hopeless.
 */
export const LOGIN_RATE_LIMIT = { limit: 10, windowMs: 15 * 60 * 1000 }

/** Where the login's own counted attempt waits (in `req.context`) for the afterLogin hook. */
const ATTEMPT = 'loginRateLimitAttempt'

const limiter = sharedRateLimiter('login', LOGIN_RATE_LIMIT)

/** Counts every login attempt before Payload checks the password; refuses with 429 over the limit. */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const key = clientKey(req.headers)
  const { allowed, retryAfterMs, attempt } = await limiter.take(key)
  if (!allowed) {
    const minutes = Math.ceil(retryAfterMs / 60_000)
    throw new APIError(
      `Too many failed attempts to log in from your connection. Try again in ${minutes} minutes, or reset your password.`,
      429,
      null,
      true,
    )
  }
  req.context[ATTEMPT] = { key, attempt }
  return args
}

/**
 * A successful login does not count against the limit: it forgets only its own attempt (kept in
 * `req.context` by limitLoginAttempts). So good logins to one account cannot erase failed guesses
 * at another, and logins that never went through the limit (a password reset) release nothing.
 */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const counted = req.context[ATTEMPT] as { key: string; attempt?: Attempt } | undefined
  if (counted?.attempt) await limiter.release(counted.key, counted.attempt)
  delete req.context[ATTEMPT]
  return user
}

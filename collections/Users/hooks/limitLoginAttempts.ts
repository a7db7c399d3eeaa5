import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { clientKey } from '@/lib/clientAddress'
import { createRateLimiter } from '@/lib/rateLimit'

/**
 * Failed logins allowed per client (see lib/clientAddress) in the window. Counted per client, not
 * per account, so nobody can lock staff out by guessing at their address; the password policy
 * (lib/auth/passwordPolicy) keeps guessing from many addresses hopeless.
 */
export const LOGIN_RATE_LIMIT = { limit: 10, windowMs: 15 * 60 * 1000 }

const limiter = createRateLimiter(LOGIN_RATE_LIMIT)

/** Counts every login attempt before Payload checks the password; refuses with 429 over the limit. */
export const limitLoginAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { allowed, retryAfterMs } = limiter.take(clientKey(req.headers))
  if (!allowed) {
    const minutes = Math.ceil(retryAfterMs / 60_000)
    throw new APIError(
      `Too many failed attempts to log in from your connection. Try again in ${minutes} minutes, or reset your password.`,
      429,
      null,
      true,
    )
  }
  return args
}

/** A successful login does not count against the limit. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  limiter.release(clientKey(req.headers))
  return user
}

import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { PASSWORD_MESSAGES, passwordProblem } from '@/lib/auth/passwordPolicy'

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** The address of the account whose password is being set, when it can be known. */
async function accountEmail(
  operation: string,
  args: { data?: Record<string, unknown>; id?: number | string },
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
): Promise<string | undefined> {
  const sent = text(args.data?.email)
  if (sent) return sent
  if (operation === 'update' && args.id !== undefined) {
    const user = await req.payload
      .findByID({ collection: 'users', id: args.id, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    return user?.email
  }
  if (operation === 'resetPassword' && text(args.data?.token)) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { resetPasswordToken: { equals: args.data!.token } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    return docs[0]?.email
  }
  return undefined
}

/**
 * Every way a staff password is set (first account, new account, change, reset) passes the
 * policy in lib/auth/passwordPolicy, or is refused with a 400 on the password field.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const typed = args as { data?: Record<string, unknown>; id?: number | string }
  const password = text(typed.data?.password)
  if (password === undefined || password === '') return args
  const problem = passwordProblem(password, await accountEmail(operation, typed, req))
  if (problem) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: PASSWORD_MESSAGES[problem], path: 'password' }],
    })
  }
  return args
}

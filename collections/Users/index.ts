import type { Access, CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { CONTENT_ROLES, ROLES, currentRoleValue, hasRole } from '@/access/roles'

import { firstRegisterOnce } from './endpoints/firstRegisterOnce'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { forgiveSuccessfulLogin, limitLoginAttempts } from './hooks/limitLoginAttempts'

/**
 * Admins read every account; content staff also read the accounts of other content staff (to see
 * who changed and who published a page); anyone else signed in, their own account only.
 */
const canReadStaff: Access = (args) => {
  if (!hasRole(args.req.user, ...CONTENT_ROLES)) return isAdminOrSelf(args)
  if (hasRole(args.req.user, 'admin')) return true
  return {
    or: [{ id: { equals: args.req.user!.id } }, { role: { in: [...CONTENT_ROLES, 'editor'] } }],
  }
}

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // No account lock-out: anyone could lock staff out by guessing at their address. Failed
    // logins are limited per client instead (hooks/limitLoginAttempts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure:
        process.env.NODE_ENV === 'production' &&
        !!process.env.NEXT_PUBLIC_SERVER_URL?.startsWith('https'),
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
    group: 'Settings',
  },
  access: {
    admin: ({ req }) => hasRole(req.user, ...ROLES),
    create: isAdmin,
    read: canReadStaff,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  // Ten simultaneous "create first user" requests make one admin, not ten.
  endpoints: [firstRegisterOnce],
  hooks: {
    beforeOperation: [limitLoginAttempts, enforcePasswordPolicy],
    beforeValidate: [firstUserIsAdmin],
    afterLogin: [forgiveSuccessfulLogin],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      // The least power: an admin chooses more.
      defaultValue: 'author',
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      admin: {
        description:
          'Admins manage users and settings. Publishers check, publish and unpublish content. Authors write drafts and mark them ready for review. Caseworkers only work call-back requests. The first account is always an admin.',
      },
      // Only admins may give or change a role; nobody else can promote themselves.
      access: { create: isAdminField, update: isAdminField },
      // `editor` (before authors and publishers) reads as `publisher`: a MongoDB database keeps
      // the old value, which the SQLite migration rewrites.
      hooks: { afterRead: [({ value }) => currentRoleValue(value)] },
    },
    {
      // Who reads which call-back requests (access/callbackInbox.ts); only admins may change it.
      type: 'collapsible',
      label: 'Call-back inbox',
      fields: [
        {
          name: 'senTeam',
          label: 'Works in the council SEN team',
          type: 'checkbox',
          defaultValue: false,
          access: { create: isAdminField, update: isAdminField },
          admin: { description: 'Reads call-back requests sent to the council SEN team.' },
        },
        {
          name: 'provider',
          label: 'Works for provider',
          type: 'relationship',
          relationTo: 'providers',
          access: { create: isAdminField, update: isAdminField },
          admin: {
            description:
              'Reads only the call-back requests sent to this provider. Independent services (mediation, disagreement resolution, SENDIASS) are kept apart from the council: give their staff the caseworker role.',
          },
        },
      ],
    },
  ],
}

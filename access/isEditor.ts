import type { Access } from 'payload'

import { hasRole } from './roles'

/** Council staff who manage content: editors and admins. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

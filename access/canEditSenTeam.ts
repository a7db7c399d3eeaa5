import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Who may keep the SEN team's contact details in Site settings current (issue 15): publishers as
 * well as admins. Site settings' other fields stay admin-only through field access.
 */
export const canEditSenTeam: Access = ({ req }) => hasRole(req.user, 'admin', 'editor') // publishers

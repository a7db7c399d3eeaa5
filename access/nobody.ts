import type { Access } from 'payload'

/** Closed to every API caller: only trusted server code (overrideAccess) may do it. */
export const nobody: Access = () => false

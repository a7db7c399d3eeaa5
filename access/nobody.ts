import type { Access, FieldAccess } from 'payload'

/** Closed to every API caller: only trusted server code (overrideAccess) may do it. */
export const nobody: Access = () => false

/** A field no API caller may set or change; hooks and trusted server code still can. */
export const nobodyField: FieldAccess = () => false

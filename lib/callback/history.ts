/** One line of a request's history: who did what, when. Never edited or removed once written. */
export type HistoryEntry = {
  at: string
  who: string
  event: 'note' | 'status'
  status?: string | null
  note?: string | null
}

/**
 * The history after a save: the entries already stored, unchanged and in order, then a status
 * entry if the status changed and a note entry if a note was added (text trimmed; blank notes are
 * ignored). Whatever the caller sent as `history` is ignored, so earlier entries cannot be edited
 * or removed. `at` is an ISO date-time; `who` is the signed-in user's e-mail, or "system".
 */
export function nextHistory(
  stored: readonly HistoryEntry[] | null | undefined,
  change: { previousStatus?: string | null; status?: string | null; note?: unknown },
  who: string,
  at: string,
): HistoryEntry[] {
  const history = [...(stored ?? [])]
  if (change.status && change.previousStatus && change.status !== change.previousStatus) {
    history.push({ at, who, event: 'status', status: change.status })
  }
  const note = typeof change.note === 'string' ? change.note.trim() : ''
  if (note) history.push({ at, who, event: 'note', note })
  return history
}

/** The inbox a request belongs to: an independent provider's, or the council's SEN team's. */
export function inboxFor(providerKind: string | null | undefined): 'sen-team' | 'provider' {
  return !providerKind || providerKind === 'council-team' ? 'sen-team' : 'provider'
}

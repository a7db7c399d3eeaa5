import type { SiteSetting } from '@/payload-types'

import { mailtoHref, telHref } from './tel'

export type ContactLink = { text: string; href: string | null }

/** The council SEN team's contact details as the public pages show them. */
export type SenTeamContactDetails = {
  /** The team's name in the reader's language, or null (pages then say "the council's SEN team"). */
  name: string | null
  phone: ContactLink | null
  email: ContactLink | null
  /** One line per part, as staff typed it. */
  address: string[]
  hours: string | null
}

const text = (value: string | null | undefined) => value?.trim() || null

/**
 * The SEN team's contact details from Site settings (`senTeam`), with `tel:`/`mailto:` links built
 * once; null when staff have entered no way to reach the team (no phone, e-mail or address), so a
 * page leaves the block out rather than showing an empty heading.
 */
export function senTeamContact(
  settings: Pick<SiteSetting, 'senTeam'>,
): SenTeamContactDetails | null {
  const team = settings.senTeam ?? {}
  const phone = text(team.phone)
  const email = text(team.email)
  const address = (team.address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (!phone && !email && address.length === 0) return null
  return {
    name: text(team.name),
    phone: phone ? { text: phone, href: telHref(phone) } : null,
    email: email ? { text: email, href: mailtoHref(email) } : null,
    address,
    hours: text(team.hours),
  }
}

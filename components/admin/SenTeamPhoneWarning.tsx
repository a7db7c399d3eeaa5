'use client'

import { useFormFields } from '@payloadcms/ui'

/**
 * A visible warning in Site settings while the SEN team has no phone number: the footer and every
 * page that tells families to contact the team then show no number. It only warns; saving is not
 * blocked (a council may be changing numbers).
 */
export function SenTeamPhoneWarning() {
  const phone = useFormFields(([fields]) => fields['senTeam.phone']?.value)
  if (typeof phone === 'string' && phone.trim() !== '') return null
  return (
    <div
      role="status"
      id="sen-team-phone-warning"
      style={{
        margin: '0 0 1.5rem',
        padding: '0.75rem 1rem',
        borderInlineStart: '6px solid var(--theme-warning-500, #b45309)',
        background: 'var(--theme-warning-100, #fef3c7)',
        color: 'var(--theme-text, #1f2937)',
      }}
    >
      <strong>Warning: the SEN team has no phone number.</strong> Families see the team’s contact
      details in the footer of every page and wherever a page tells them to contact the team. Add
      the number below so they can phone the team.
    </div>
  )
}

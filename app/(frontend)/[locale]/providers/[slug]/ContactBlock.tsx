import { getTranslations } from 'next-intl/server'

import { telHref } from '@/lib/contact/tel'
import { langProps, type ProviderView } from '@/lib/providers/localized'
import type { Provider } from '@/payload-types'

type Contact = ProviderView<Provider>['contact']

// The visible number keeps the provider's own spacing (telHref builds the dialable link). Numbers,
// addresses and emails are marked left to right, or Urdu pages would show their groups reversed.

/** GOV.UK "contact a service": a heading per way to get in touch, then plain lines. */
export async function ContactBlock({ contact }: { contact: Contact }) {
  const t = await getTranslations('ProviderPage')
  const { phone, textphone, email, website, address, openingHours, bankHolidayNote } = contact
  if (!phone && !textphone && !email && !website && !address) return null
  return (
    <section aria-labelledby="contact-heading">
      <h2 className="govuk-heading-l" id="contact-heading">
        {t('contactHeading')}
      </h2>
      {(phone || textphone) && (
        <>
          <h3 className="govuk-heading-m">{t('phone')}</h3>
          <p className="govuk-body">
            {phone && (
              <>
                {t('phone')}:{' '}
                <a className="govuk-link" href={telHref(phone) ?? undefined} dir="ltr">
                  {phone}
                </a>
                <br />
              </>
            )}
            {textphone && (
              <>
                {t('textphone')}:{' '}
                <a className="govuk-link" href={telHref(textphone) ?? undefined} dir="ltr">
                  {textphone}
                </a>
                <br />
              </>
            )}
            {openingHours && <span {...langProps(openingHours)}>{openingHours.text}</span>}
            {openingHours && bankHolidayNote && <br />}
            {bankHolidayNote && <span {...langProps(bankHolidayNote)}>{bankHolidayNote.text}</span>}
          </p>
        </>
      )}
      {email && (
        <>
          <h3 className="govuk-heading-m">{t('email')}</h3>
          <p className="govuk-body">
            <a className="govuk-link" href={`mailto:${email}`} dir="ltr">
              {email}
            </a>
          </p>
        </>
      )}
      {website && (
        <>
          <h3 className="govuk-heading-m">{t('website')}</h3>
          <p className="govuk-body">
            <a className="govuk-link" href={website} rel="noopener" dir="ltr">
              {website}
            </a>
          </p>
        </>
      )}
      {address && (
        <>
          <h3 className="govuk-heading-m">{t('address')}</h3>
          <p className="govuk-body app-address" lang="en" dir="ltr">
            {address}
          </p>
        </>
      )}
    </section>
  )
}

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import type { Locale } from '@/i18n/locales'

// Data only, no schema change (so no .json snapshot). It writes through the Local API with the
// current config, so it must stay AFTER every schema migration in index.ts.

/** The seeded banner's text before it was shortened to one paragraph (issue 12). */
const BEFORE: Record<Locale, string> = {
  en:
    'The government has proposed changes to support for children and young people with special educational needs and disabilities (SEND). These are proposals, not law.\n\n' +
    'Your rights, the routes on this site and their time limits are the same as before, including your right to appeal to the SEND Tribunal. If you want to challenge a decision, act by the dates shown here: do not wait for the changes.',
  pl:
    'Rząd zaproponował zmiany we wsparciu dla dzieci i młodzieży ze specjalnymi potrzebami edukacyjnymi i niepełnosprawnościami (SEND). Są to propozycje, a nie obowiązujące prawo.\n\n' +
    'Twoje prawa, opisane tu sposoby rozwiązania sporu i ich terminy są takie same jak wcześniej, w tym prawo do odwołania się do Trybunału SEND. Jeśli chcesz zakwestionować decyzję, działaj w terminach podanych na tej stronie: nie czekaj na zmiany.',
  ur:
    'حکومت نے خصوصی تعلیمی ضروریات اور معذوری (SEND) والے بچوں اور نوجوانوں کی مدد میں تبدیلیوں کی تجویز دی ہے۔ یہ صرف تجاویز ہیں، قانون نہیں۔\n\n' +
    'آپ کے حقوق، اس ویب سائٹ پر بتائے گئے راستے اور ان کی وقت کی حدیں پہلے جیسی ہی ہیں، بشمول SEND ٹربیونل میں اپیل کرنے کا حق۔ اگر آپ کسی فیصلے کو چیلنج کرنا چاہتے ہیں تو یہاں دی گئی تاریخوں تک کارروائی کریں: تبدیلیوں کا انتظار نہ کریں۔',
}

/**
 * The one-paragraph text, as shipped with this migration (content/alertBanners.ts seeds the same
 * for new databases; kept here so a later change to the seed does not change what this did).
 */
const AFTER: Record<Locale, string> = {
  en: "The government's proposed changes to SEND are not law. Your rights and time limits, including your right to appeal to the SEND Tribunal, are the same: act by the dates shown here.",
  pl: 'Zmiany w SEND zaproponowane przez rząd nie są obowiązującym prawem. Twoje prawa i terminy, w tym prawo do odwołania się do Trybunału SEND, są takie same: działaj w terminach podanych na tej stronie.',
  ur: 'حکومت کی تجویز کردہ SEND تبدیلیاں قانون نہیں ہیں۔ آپ کے حقوق اور وقت کی حدیں، بشمول SEND ٹربیونل میں اپیل کرنے کا حق، پہلے جیسی ہی ہیں: یہاں دی گئی تاریخوں تک کارروائی کریں۔',
}

/**
 * Shortens the seeded "law has not changed" banner to its one-paragraph text in each language
 * where it still reads exactly as seeded: at two paragraphs it filled a phone's first screen and
 * pushed the page's heading below it. A banner an editor has reworded is left alone. Readers who
 * hid the old text see the new one once (a dismissal is for the text read).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  for (const [locale, text] of Object.entries(BEFORE) as [Locale, string][]) {
    const { docs } = await payload.find({
      collection: 'alert-banners',
      locale,
      fallbackLocale: false,
      where: { text: { equals: text } },
      depth: 0,
      limit: 10,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      await payload.update({
        collection: 'alert-banners',
        id: doc.id,
        locale,
        data: { text: AFTER[locale], _status: doc._status ?? 'published' },
        context: { disableRevalidate: true },
        overrideAccess: true,
        req,
      })
      payload.logger.info(`short_alert_banner: shortened banner ${doc.id} (${locale})`)
    }
  }
}

/** Leaves the text: by now staff may have edited it, and the long text lives in the guide. */
export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('short_alert_banner: nothing to undo (the banner text is kept)')
}

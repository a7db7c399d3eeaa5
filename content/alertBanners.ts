import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

type BannerText = { title: string; text: string; linkLabel: string; linkUrl: string }

/**
 * The 2026 position (facts section 9): only proposals, no change in the law. Links to the guide
 * "Proposed changes to SEND (2026)" in the reader's language. One short paragraph, so that on a
 * phone the banner leaves the page's heading on the first screen (e2e/layout.spec.ts); the guide
 * it links to says the rest.
 */
export const lawUnchangedBanner: Record<Locale, BannerText> = {
  en: {
    title: 'The law on SEND disagreements has not changed',
    text: "The government's proposed changes to SEND are not law. Your rights and time limits, including your right to appeal to the SEND Tribunal, are the same: act by the dates shown here.",
    linkLabel: 'What is proposed, and what it means for you',
    linkUrl: '/en/resolving-a-disagreement/proposed-changes-2026',
  },
  pl: {
    title: 'Prawo dotyczące sporów w sprawie SEND nie zmieniło się',
    text: 'Zmiany w SEND zaproponowane przez rząd nie są obowiązującym prawem. Twoje prawa i terminy, w tym prawo do odwołania się do Trybunału SEND, są takie same: działaj w terminach podanych na tej stronie.',
    linkLabel: 'Co jest proponowane i co to dla Ciebie oznacza',
    linkUrl: '/pl/resolving-a-disagreement/proposed-changes-2026',
  },
  ur: {
    title: 'SEND سے متعلق اختلافات کا قانون تبدیل نہیں ہوا',
    text: 'حکومت کی تجویز کردہ SEND تبدیلیاں قانون نہیں ہیں۔ آپ کے حقوق اور وقت کی حدیں، بشمول SEND ٹربیونل میں اپیل کرنے کا حق، پہلے جیسی ہی ہیں: یہاں دی گئی تاریخوں تک کارروائی کریں۔',
    linkLabel: 'کیا تجویز کیا گیا ہے، اور آپ کے لیے اس کا کیا مطلب ہے',
    linkUrl: '/ur/resolving-a-disagreement/proposed-changes-2026',
  },
}

/** Creates the banner in English, then adds each translation; published, on every page. */
export async function seedAlertBanners(payload: Payload): Promise<void> {
  const context = { disableRevalidate: true }
  const { en, ...translations } = lawUnchangedBanner
  const banner = await payload.create({
    collection: 'alert-banners',
    locale: 'en',
    context,
    data: { ...en, severity: 'information', _status: 'published' },
  })
  for (const [locale, text] of Object.entries(translations)) {
    await payload.update({
      collection: 'alert-banners',
      id: banner.id,
      locale: locale as Locale,
      context,
      data: { ...text, _status: 'published' },
    })
  }
}

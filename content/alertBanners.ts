import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

type BannerText = { title: string; text: string; linkLabel: string; linkUrl: string }

/**
 * The 2026 position (facts section 9): only proposals, no change in the law. Links to the guide
 * "Proposed changes to SEND (2026)" in the reader's language.
 */
export const lawUnchangedBanner: Record<Locale, BannerText> = {
  en: {
    title: 'The law on SEND disagreements has not changed',
    text:
      'The government has proposed changes to support for children and young people with special educational needs and disabilities (SEND). These are proposals, not law.\n\n' +
      'Your rights, the routes on this site and their time limits are the same as before, including your right to appeal to the SEND Tribunal. If you want to challenge a decision, act by the dates shown here: do not wait for the changes.',
    linkLabel: 'What is proposed, and what it means for you',
    linkUrl: '/en/resolving-a-disagreement/proposed-changes-2026',
  },
  pl: {
    title: 'Prawo dotyczące sporów w sprawie SEND nie zmieniło się',
    text:
      'Rząd zaproponował zmiany we wsparciu dla dzieci i młodzieży ze specjalnymi potrzebami edukacyjnymi i niepełnosprawnościami (SEND). Są to propozycje, a nie obowiązujące prawo.\n\n' +
      'Twoje prawa, opisane tu sposoby rozwiązania sporu i ich terminy są takie same jak wcześniej, w tym prawo do odwołania się do Trybunału SEND. Jeśli chcesz zakwestionować decyzję, działaj w terminach podanych na tej stronie: nie czekaj na zmiany.',
    linkLabel: 'Co jest proponowane i co to dla Ciebie oznacza',
    linkUrl: '/pl/resolving-a-disagreement/proposed-changes-2026',
  },
  ur: {
    title: 'SEND سے متعلق اختلافات کا قانون تبدیل نہیں ہوا',
    text:
      'حکومت نے خصوصی تعلیمی ضروریات اور معذوری (SEND) والے بچوں اور نوجوانوں کی مدد میں تبدیلیوں کی تجویز دی ہے۔ یہ صرف تجاویز ہیں، قانون نہیں۔\n\n' +
      'آپ کے حقوق، اس ویب سائٹ پر بتائے گئے راستے اور ان کی وقت کی حدیں پہلے جیسی ہی ہیں، بشمول SEND ٹربیونل میں اپیل کرنے کا حق۔ اگر آپ کسی فیصلے کو چیلنج کرنا چاہتے ہیں تو یہاں دی گئی تاریخوں تک کارروائی کریں: تبدیلیوں کا انتظار نہ کریں۔',
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

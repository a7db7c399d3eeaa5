import type { Locale } from '@/i18n/locales'

import type { LetterId } from './definitions'
import type { LetterText } from './render'

// The six letters as seeded, and what the builder falls back to if a row is missing. Written for
// this portal in plain English; staff edit them in the CMS (Tools > Letter texts).

const ASSESSMENT = `I am writing to ask {{councilName}} to carry out an education, health and care (EHC) needs assessment for {{childName}}, date of birth {{childDateOfBirth}}. I make this request under section 36(1) of the Children and Families Act 2014.

I believe that {{childName}} has or may have special educational needs, and that it may be necessary for special educational provision to be made through an EHC plan. These are the tests in section 36(8) of the Act. My reasons are:

{{reasons}}

Regulation 5(1) of the Special Educational Needs and Disability Regulations 2014 says that you must tell me whether you will carry out the assessment within 6 weeks of receiving this request. If you receive this letter on {{today}}, that is by {{decisionDue}}.

Please confirm that you have received this request and tell me the name of the officer dealing with it.`

const CERTIFICATE = `I have received a decision from {{councilName}} dated {{decisionDate}} about {{childName}}, date of birth {{childDateOfBirth}}. I am contacting you as the mediation adviser, as regulation 33 of the Special Educational Needs and Disability Regulations 2014 requires before an appeal to the First-tier Tribunal (Special Educational Needs and Disability).

{{#if wantsMediation}}I want to go to mediation. The issues I want to resolve are:

{{issues}}

I am sending a copy of this letter to {{councilName}} to tell it that I want mediation and what the issues are, so that it arranges mediation within 30 days. When mediation ends, or if it does not take place within 30 days, please issue a mediation certificate within 3 working days, as section 55 of the Children and Families Act 2014 and the Regulations require.{{else}}I do not want to go to mediation. Please issue a mediation certificate under section 55(4) of the Children and Families Act 2014. Regulation 34 of the Regulations says that you must issue it within 3 working days of my telling you. If you receive this letter on {{today}}, that is by {{certificateDue}}.{{/if}}

Please send the certificate to me at the address above.`

const CARE_MEDIATION = `I am writing about {{childName}}, date of birth {{childDateOfBirth}}. I want to go to mediation about the {{careProvision}} in {{childName}}'s education, health and care (EHC) plan, or in the plan you are drawing up.

The issues I want mediation about are:

{{issues}}

Please arrange mediation within 30 days of receiving this letter, as the Special Educational Needs and Disability Regulations 2014 require. If you receive it on {{today}}, that is by {{mediationBy}}.{{#if healthCare}} Because health care provision is in issue, please tell the integrated care board (ICB) about this request within 3 working days, as regulation 35 requires, so that it takes part in the mediation.{{/if}}

Please tell me the date, time and place at least 5 working days before the mediation, and who will attend for {{councilName}}{{#if healthCare}} and for the ICB{{/if}}. I understand that mediation is free for me.`

const MISSED_LIMIT = `I am making a formal complaint under your complaints procedure about a delay in the case of {{childName}}, date of birth {{childDateOfBirth}}.

I asked {{councilName}} for an education, health and care (EHC) needs assessment on {{requestDate}}. {{#if twentyWeeks}}Regulation 13(2) of the Special Educational Needs and Disability Regulations 2014 says that the final EHC plan must be issued within 20 weeks of the request: by {{limitDue}}. I have not received a final EHC plan.{{else}}Regulation 5(1) of the Special Educational Needs and Disability Regulations 2014 says that you must tell me whether you will carry out the assessment within 6 weeks of the request: by {{limitDue}}. I have not received your decision.{{/if}}

The {{limitWeeks}}-week time limit has passed. Please:
- explain why it was missed;
- tell me the date by which you will {{#if twentyWeeks}}issue the final plan{{else}}make your decision{{/if}}; and
- tell me how you will put right the effect of the delay on {{childName}}.

Please acknowledge this complaint and reply within the times your complaints procedure sets. If I am not satisfied with your reply, I may ask the Local Government and Social Care Ombudsman to look into it.`

const EARLY_REVIEW = `I am writing about {{childName}}, date of birth {{childDateOfBirth}}, whose education, health and care (EHC) plan is maintained by {{councilName}}.

I am asking you to review the plan now, before the next annual review is due. Section 44 of the Children and Families Act 2014 requires a review at least every 12 months; a review can be held sooner when a child's needs or circumstances change. My reasons are:

{{reasons}}

Please tell me whether you will hold an early review and, if so, when. If you decide not to, please tell me why in writing.`

const SECTION_F = `I am writing about {{childName}}, date of birth {{childDateOfBirth}}, whose education, health and care (EHC) plan is maintained by {{councilName}}.

The special educational provision in section F of the plan is not being made in full. This is what is missing:

{{provision}}

Under section 42(2) of the Children and Families Act 2014, the council must secure the special educational provision specified in the plan. This duty stays with the council even when a school or college delivers the provision.

Please arrange for the provision to be made in full without delay, and tell me in writing what you will do and by when. If it is not put in place, I may make a formal complaint and ask the Local Government and Social Care Ombudsman to look into it.`

export const DEFAULT_LETTER_TEXTS: Record<LetterId, LetterText> = {
  'ask-for-assessment': {
    subject: 'Request for an EHC needs assessment for {{childName}}',
    body: ASSESSMENT,
    legalBasis: 'Children and Families Act 2014, s36(1) and (8); SEND Regulations 2014, reg 5(1)',
  },
  'mediation-certificate': {
    subject: 'Mediation: decision of {{councilName}} dated {{decisionDate}} about {{childName}}',
    body: CERTIFICATE,
    legalBasis:
      'Children and Families Act 2014, s55; SEND Regulations 2014, regs 33 and 34 (reg 36: arranging mediation)',
  },
  'health-social-care-mediation': {
    subject: 'Request for mediation about health or social care for {{childName}}',
    body: CARE_MEDIATION,
    legalBasis:
      'Children and Families Act 2014, ss53 and 54; SEND Regulations 2014, regs 35 and 36; SEND Code of Practice 2015, 11.31',
  },
  'missed-time-limit': {
    subject: 'Complaint: missed {{limitWeeks}}-week time limit for {{childName}}',
    body: MISSED_LIMIT,
    legalBasis: 'SEND Regulations 2014, reg 5(1) (6 weeks) and reg 13(2) (20 weeks)',
  },
  'early-review': {
    subject: 'Request for an early review of the EHC plan for {{childName}}',
    body: EARLY_REVIEW,
    legalBasis: 'Children and Families Act 2014, s44(1); SEND Code of Practice 2015, chapter 9',
  },
  'deliver-section-f': {
    subject: 'Section F provision not being made for {{childName}}',
    body: SECTION_F,
    legalBasis: 'Children and Families Act 2014, s42(2)',
  },
}

/** What each letter says, in the reader's language (the letter itself stays in English). */
export const DEFAULT_EXPLANATIONS: Record<LetterId, Record<Locale, string>> = {
  'ask-for-assessment': {
    en: 'This letter asks the council to assess your child’s education, health and care needs. It says why you think your child may need an EHC plan, and reminds the council that it must tell you within 6 weeks whether it will assess. Keep a copy and note the date you send it.',
    pl: 'Ten list prosi samorząd o ocenę potrzeb edukacyjnych, zdrowotnych i opiekuńczych Twojego dziecka. Wyjaśnia, dlaczego uważasz, że dziecko może potrzebować planu EHC, i przypomina samorządowi, że w ciągu 6 tygodni musi Ci odpowiedzieć, czy przeprowadzi ocenę. Zachowaj kopię i zapisz datę wysłania.',
    ur: 'یہ خط کونسل سے آپ کے بچے کی تعلیم، صحت اور دیکھ بھال کی ضروریات کا جائزہ لینے کی درخواست کرتا ہے۔ اس میں لکھا ہے کہ آپ کیوں سمجھتے ہیں کہ بچے کو EHC پلان کی ضرورت ہو سکتی ہے، اور کونسل کو یاد دلاتا ہے کہ اسے 6 ہفتوں کے اندر بتانا ہوگا کہ وہ جائزہ لے گی یا نہیں۔ ایک نقل رکھیں اور بھیجنے کی تاریخ لکھ لیں۔',
  },
  'mediation-certificate': {
    en: 'This letter tells the mediation adviser about the council’s decision and whether you want mediation. If you do not, it asks for the mediation certificate you need to appeal, within 3 working days. If you do, it lists the issues, and you send a copy to the council so that it arranges mediation within 30 days.',
    pl: 'Ten list informuje doradcę ds. mediacji o decyzji samorządu i o tym, czy chcesz mediacji. Jeśli nie chcesz, prosi o zaświadczenie o mediacji, potrzebne do odwołania, w ciągu 3 dni roboczych. Jeśli chcesz, wymienia sporne kwestie, a kopię wysyłasz do samorządu, aby zorganizował mediację w ciągu 30 dni.',
    ur: 'یہ خط ثالثی مشیر کو کونسل کے فیصلے کے بارے میں بتاتا ہے اور یہ کہ آپ ثالثی چاہتے ہیں یا نہیں۔ اگر نہیں چاہتے تو یہ 3 ورکنگ دنوں کے اندر ثالثی سرٹیفکیٹ مانگتا ہے، جو اپیل کے لیے ضروری ہے۔ اگر چاہتے ہیں تو اس میں مسائل درج ہیں، اور آپ اس کی نقل کونسل کو بھیجتے ہیں تاکہ وہ 30 دن کے اندر ثالثی کا انتظام کرے۔',
  },
  'health-social-care-mediation': {
    en: 'This letter asks the council to arrange mediation about the health or social care parts of your child’s EHC plan. It lists the issues and asks for mediation within 30 days. If health care is involved, it asks the council to tell the NHS integrated care board within 3 working days so that it takes part.',
    pl: 'Ten list prosi samorząd o zorganizowanie mediacji w sprawie części zdrowotnej lub opieki społecznej planu EHC Twojego dziecka. Wymienia sporne kwestie i prosi o mediację w ciągu 30 dni. Jeśli sprawa dotyczy opieki zdrowotnej, prosi samorząd o powiadomienie zintegrowanej rady ds. opieki NHS (ICB) w ciągu 3 dni roboczych, aby wzięła w niej udział.',
    ur: 'یہ خط کونسل سے آپ کے بچے کے EHC پلان کے صحت یا سماجی دیکھ بھال والے حصوں پر ثالثی کا انتظام کرنے کی درخواست کرتا ہے۔ اس میں مسائل درج ہیں اور 30 دن کے اندر ثالثی مانگی گئی ہے۔ اگر صحت کی دیکھ بھال کا معاملہ ہو تو یہ کونسل سے کہتا ہے کہ 3 ورکنگ دنوں کے اندر NHS کے انٹیگریٹڈ کیئر بورڈ (ICB) کو بتائے تاکہ وہ بھی شامل ہو۔',
  },
  'missed-time-limit': {
    en: 'This letter is a formal complaint that the council has missed a legal time limit: 6 weeks to decide whether to assess, or 20 weeks to issue the final EHC plan. It asks why, by when the council will act, and how it will put things right. If the reply does not settle it, you can go to the Local Government and Social Care Ombudsman.',
    pl: 'Ten list to formalna skarga, że samorząd nie dotrzymał ustawowego terminu: 6 tygodni na decyzję o ocenie albo 20 tygodni na wydanie ostatecznego planu EHC. Pyta o przyczynę, o termin, w którym samorząd podejmie działanie, i o to, jak naprawi skutki opóźnienia. Jeśli odpowiedź nie rozwiąże sprawy, możesz zwrócić się do Rzecznika ds. Samorządu i Opieki Społecznej (LGSCO).',
    ur: 'یہ خط ایک باقاعدہ شکایت ہے کہ کونسل نے قانونی مدت پوری نہیں کی: جائزے کا فیصلہ کرنے کے لیے 6 ہفتے، یا حتمی EHC پلان جاری کرنے کے لیے 20 ہفتے۔ اس میں وجہ پوچھی گئی ہے، یہ کہ کونسل کب تک کارروائی کرے گی، اور تاخیر کے اثر کا ازالہ کیسے کرے گی۔ اگر جواب سے معاملہ حل نہ ہو تو آپ لوکل گورنمنٹ اینڈ سوشل کیئر محتسب (LGSCO) سے رجوع کر سکتے ہیں۔',
  },
  'early-review': {
    en: 'This letter asks the council to review your child’s EHC plan before the next annual review, and says why. The law requires a review at least every 12 months; the council can hold one sooner. It asks the council to say whether and when it will, and to explain in writing if it will not.',
    pl: 'Ten list prosi samorząd o przegląd planu EHC Twojego dziecka przed kolejnym corocznym przeglądem i wyjaśnia dlaczego. Prawo wymaga przeglądu co najmniej raz na 12 miesięcy; samorząd może przeprowadzić go wcześniej. List prosi samorząd o informację, czy i kiedy to zrobi, a jeśli odmówi – o pisemne uzasadnienie.',
    ur: 'یہ خط کونسل سے درخواست کرتا ہے کہ اگلے سالانہ جائزے سے پہلے آپ کے بچے کے EHC پلان کا جائزہ لے، اور اس کی وجہ بتاتا ہے۔ قانون کے مطابق کم از کم ہر 12 مہینے میں جائزہ ضروری ہے؛ کونسل اس سے پہلے بھی جائزہ لے سکتی ہے۔ خط میں پوچھا گیا ہے کہ کیا اور کب جائزہ ہوگا، اور انکار کی صورت میں تحریری وجہ مانگی گئی ہے۔',
  },
  'deliver-section-f': {
    en: 'This letter tells the council that the special educational provision in section F of your child’s EHC plan is not being made, and what is missing. It reminds the council that the law makes it responsible for securing that provision, even when a school delivers it, and asks what it will do and by when.',
    pl: 'Ten list informuje samorząd, że specjalne wsparcie edukacyjne z sekcji F planu EHC Twojego dziecka nie jest zapewniane, i opisuje, czego brakuje. Przypomina, że zgodnie z prawem to samorząd odpowiada za zapewnienie tego wsparcia, nawet gdy realizuje je szkoła, i pyta, co i do kiedy zrobi.',
    ur: 'یہ خط کونسل کو بتاتا ہے کہ آپ کے بچے کے EHC پلان کے سیکشن F میں درج خصوصی تعلیمی مدد فراہم نہیں کی جا رہی، اور کیا کمی ہے۔ یہ یاد دلاتا ہے کہ قانون کے تحت یہ مدد یقینی بنانا کونسل کی ذمہ داری ہے، چاہے اسے اسکول فراہم کرے، اور پوچھتا ہے کہ کونسل کیا کرے گی اور کب تک۔',
  },
}

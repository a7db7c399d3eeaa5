import type { RouteTextSet } from './types'

export const pl: RouteTextSet = {
  'local-resolution': {
    title: 'Porozmawiaj ze szkołą, college’em lub samorządem',
    summary:
      'Poproś osobę, która podjęła decyzję, o jej wyjaśnienie i powiedz, co Twoim zdaniem powinno się zmienić. Wiele sporów kończy się na tym etapie. Zapisz to, na co się zgodziliście.',
  },
  sendiass: {
    title: 'Skorzystaj z bezpłatnej porady SENDIASS',
    summary:
      'Lokalna służba informacji, porad i wsparcia SEND (SENDIASS) udziela bezpłatnych, bezstronnych i poufnych porad oraz może pomóc na spotkaniach, w mediacji i przy odwołaniu.',
  },
  'disagreement-resolution': {
    title: 'Rozwiązywanie sporów (disagreement resolution)',
    summary:
      'Bezpłatne, niezależne spotkanie, które pomaga Tobie i szkole, samorządowi lub służbie zdrowia dojść do porozumienia. Jest dobrowolne i nie wstrzymuje biegu terminu na odwołanie.',
  },
  mediation: {
    title: 'Mediacja i zaświadczenie o mediacji',
    summary:
      'Skontaktuj się z doradcą ds. mediacji wskazanym w piśmie z decyzją. Możesz wybrać mediację, czyli bezpłatne spotkanie z niezależnym mediatorem, albo poprosić tylko o zaświadczenie.',
  },
  'tribunal-appeal': {
    title: 'Odwołanie do Trybunału SEND',
    summary:
      'Niezależny trybunał może zmienić decyzję samorządu. Odwołanie jest bezpłatne. W większości przypadków najpierw potrzebne jest zaświadczenie o mediacji.',
  },
  'extended-appeal': {
    title: 'Poproś Trybunał także o zalecenia dotyczące zdrowia i opieki społecznej',
    summary:
      'Gdy odwołujesz się w sprawie edukacji, Trybunał może też wydać zalecenia dotyczące części planu o zdrowiu i opiece społecznej.',
  },
  'school-complaint': {
    title: 'Złóż skargę do szkoły lub college’u',
    summary:
      'Skorzystaj z procedury skargowej szkoły lub college’u. Jeśli to nie rozwiąże sprawy, możesz zwrócić się do Ministerstwa Edukacji (DfE).',
  },
  'council-complaint': {
    title: 'Złóż skargę do samorządu',
    summary:
      'Skorzystaj z procedury skargowej samorządu, na przykład w sprawie opóźnień albo wsparcia z planu, które nie jest zapewniane.',
  },
  'nhs-complaint': {
    title: 'Złóż skargę do NHS',
    summary:
      'Złóż skargę do placówki służby zdrowia albo do zintegrowanej rady ds. opieki (ICB), która finansuje usługę.',
  },
  'childrens-social-care-complaint': {
    title: 'Skarga na opiekę społeczną dla dzieci',
    summary:
      'Opieka społeczna dla dzieci ma procedurę skargową z maksymalnie 3 etapami, dla dzieci i młodzieży poniżej 18 lat.',
  },
  'adult-social-care-complaint': {
    title: 'Skarga na opiekę społeczną dla dorosłych',
    summary:
      'Młodzi ludzie w wieku 18 lat lub starsi korzystają z procedury skargowej samorządu dotyczącej opieki społecznej dla dorosłych.',
  },
  'ombudsman-lgsco': {
    title: 'Rzecznik ds. samorządu i opieki społecznej (LGSCO)',
    summary:
      'Jeśli procedura skargowa samorządu nie naprawi sprawy, Rzecznik może ją zbadać. Złóż skargę w ciągu 12 miesięcy.',
  },
  'ombudsman-phso': {
    title: 'Rzecznik ds. parlamentu i służby zdrowia (PHSO)',
    summary: 'Jeśli skarga do NHS nie naprawi sprawy, Rzecznik może się nią zająć.',
  },
  'judicial-review': {
    title: 'Kontrola sądowa (judicial review)',
    summary:
      'Sąd może ocenić, czy decyzja była zgodna z prawem. Działaj szybko, w ciągu 3 miesięcy, i najpierw zasięgnij porady prawnej.',
  },
  'discrimination-claim': {
    title: 'Roszczenie o dyskryminację ze względu na niepełnosprawność',
    summary:
      'Złóż roszczenie do Trybunału SEND w ciągu 6 miesięcy, jeśli szkoła dyskryminowała niepełnosprawne dziecko. Zaświadczenie o mediacji nie jest potrzebne.',
  },
  'request-assessment': {
    title: 'Poproś o ocenę potrzeb EHC',
    summary:
      'Jeśli wsparcie, które może dać szkoła, nie wystarcza, możesz poprosić samorząd o ocenę potrzeb w celu sporządzenia planu edukacji, zdrowia i opieki (EHC).',
  },
}

/** Demo council settings; a council replaces these in the admin (Settings > Site settings). */
export const siteSettingsSeed = {
  en: {
    councilName: process.env.COUNCIL_NAME || 'Anytown Council',
    senTeam: {
      name: 'Special educational needs (SEN) team',
      hours: 'Monday to Friday, 9am to 5pm',
    },
  },
  pl: {
    senTeam: {
      name: 'Zespół ds. specjalnych potrzeb edukacyjnych (SEN)',
      hours: 'Od poniedziałku do piątku, od 9:00 do 17:00',
    },
  },
  ur: {
    senTeam: {
      name: 'خصوصی تعلیمی ضروریات (SEN) ٹیم',
      hours: 'پیر سے جمعہ، صبح 9 بجے سے شام 5 بجے تک',
    },
  },
}

/** The job queue e-mails go on; the long-running server polls it every 10 seconds. */
export const EMAIL_QUEUE = 'email'

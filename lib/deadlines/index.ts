export { computeBankHolidays, easterSunday, type ComputedHoliday } from './bankHolidays'
export {
  createWorkingDayCalendar,
  SUPPORTED_DATES,
  type BankHolidayFile,
  type CalendarCoverage,
  type WorkingDayCalendar,
} from './calendar'
export {
  calculateDeadlines,
  getDefaultCalendar,
  orderingErrors,
  validateDeadlineInput,
  type DeadlineFieldError,
  type DeadlineValidation,
} from './calculate'
export {
  addDays,
  compareIsoDates,
  dayOfWeek,
  daysInMonth,
  InvalidIsoDateError,
  isIsoDate,
  parseIsoDate,
} from './isoDate'
export { addMonths } from './months'
export {
  appealDeadline,
  certificateDeadline,
  contactAdviserDeadline,
  mediationDeadline,
  safeAppealDate,
} from './rules'
export {
  APPEAL_ABOUT,
  DEADLINE_IDS,
  DEADLINE_INPUT_ERROR_CODES,
  DEADLINE_INPUT_FIELDS,
  DEADLINE_WARNINGS,
  DeadlineInputError,
  LATER_READING_IDS,
  RULE_IDS,
  type AppealAbout,
  type DeadlineAdjustment,
  type DeadlineId,
  type DeadlineInput,
  type DeadlineInputErrorCode,
  type DeadlineInputField,
  type DeadlineResult,
  type DeadlineWarning,
  type LaterReading,
  type LaterReadingId,
  type RuleId,
} from './types'

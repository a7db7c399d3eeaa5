export {
  createWorkingDayCalendar,
  DateOutOfRangeError,
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
} from './rules'
export {
  DEADLINE_IDS,
  DEADLINE_INPUT_ERROR_CODES,
  DEADLINE_INPUT_FIELDS,
  DEADLINE_WARNINGS,
  DeadlineInputError,
  RULE_IDS,
  type DeadlineAdjustment,
  type DeadlineId,
  type DeadlineInput,
  type DeadlineInputErrorCode,
  type DeadlineInputField,
  type DeadlineResult,
  type DeadlineWarning,
  type RuleId,
} from './types'

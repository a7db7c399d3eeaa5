/**
 * Form components in the shape of GOV.UK Frontend's Nunjucks macros (same option names, same
 * markup): label, hint, error message and aria-describedby are wired here once.
 */
export {
  Checkboxes,
  Radios,
  type ChoiceDivider,
  type ChoiceItem,
  type ChoicesProps,
} from './Choices'
export { Fieldset, type FieldsetOptions } from './Fieldset'
export { Select, type SelectGroup, type SelectOption, type SelectProps } from './Select'
export { Textarea, type TextareaProps } from './Textarea'
export { TextInput, type TextInputProps } from './TextInput'
export type { ErrorMessageOptions, HintOptions, LabelOptions } from './shared'
export { DateInput } from '@/components/DateInput'
export { ErrorMessage, ErrorSummary, type ErrorItem } from '@/components/ErrorSummary'

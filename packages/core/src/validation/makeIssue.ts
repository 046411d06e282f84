import type { ValidationIssue, ValidationRule } from './ValidationIssue'

// What each rule says after the field's label; `#` stands for the detail (a limit or an expectation).
const MESSAGES: Record<ValidationRule, string> = {
  type: 'must be #',
  unknownField: 'is not stored by this backend; remove it from the patch',
  notEditable: 'cannot be changed; remove it from the patch',
  required: 'is required',
  maxLength: 'can be at most # characters long (an emoji may count as 2)',
  maxBytes: 'is too long: at most # bytes (a Chinese character takes 3, most emoji 4)',
  min: 'must be at least #',
  max: 'must be at most #',
  pattern: 'is not in the expected format',
  enum: 'must be one of #',
  date: 'must be a real date written YYYY-MM-DD',
  url: 'must be a web address starting with http:// or https://',
  email: 'must be an email address such as name@example.com',
  number: 'must be #',
  boolean: "must be 'true' or 'false'",
  customKey: '#; use a short name such as "team"',
}

/**
 * Builds an issue with its English message, `label` first. A number `detail` is the rule's limit.
 *
 * @internal Shared by `validatePatch` and `validateCustomValue`, so both word issues alike.
 */
export function makeIssue(
  field: string,
  label: string,
  rule: ValidationRule,
  detail?: string | number,
): ValidationIssue {
  const issue: ValidationIssue = {
    field,
    rule,
    message: `${label} ${MESSAGES[rule].replace('#', String(detail))}.`,
  }
  if (typeof detail === 'number') issue.limit = detail
  return issue
}

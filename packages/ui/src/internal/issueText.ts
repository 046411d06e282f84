import type { ValidationIssue } from '@profile-kit/core'
import { en, type MessageKey } from '../messages/en'
import type { Translate } from '../messages/createTranslator'

/**
 * A validation issue in the reader's language: the message for its `rule` (with `{limit}`), or the
 * core's English `message` for rules that have no message of their own.
 */
export function issueText(issue: ValidationIssue, t: Translate): string {
  const key = `validation.${issue.rule}`
  if (!Object.hasOwn(en, key)) return issue.message
  return t(key as MessageKey, issue.limit === undefined ? undefined : { limit: issue.limit })
}

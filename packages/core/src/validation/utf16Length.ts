/**
 * Length in UTF-16 code units, the unit of HTML `maxlength` and of `FieldRule.maxLength`:
 * `'你好'` is 2, `'👍🏽'` is 4 (two surrogate pairs), `'é'` written as `e` + combining accent is 2.
 *
 * @example
 * ```ts
 * utf16Length('👍🏽') // 4
 * ```
 */
export function utf16Length(text: string): number {
  return text.length
}

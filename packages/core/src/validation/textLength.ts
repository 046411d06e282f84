/**
 * The two ways a text's length is limited: UTF-16 code units (`FieldRule.maxLength`, HTML
 * `maxlength`) and UTF-8 bytes (`FieldRule.maxBytes`, backends that count bytes).
 */

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

/**
 * Length in UTF-8 bytes, the unit of `FieldRule.maxBytes` (backends that count bytes, like
 * Tencent Cloud Chat): `'你好'` is 6, `'👍🏽'` is 8. Equals `new TextEncoder().encode(text).length`
 * for every string, including lone surrogates (3 bytes each, as the encoder writes U+FFFD),
 * without allocating.
 *
 * @example
 * ```ts
 * utf8ByteLength('Hi 你好') // 9
 * ```
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4
      index++
    } else bytes += 3
  }
  return bytes
}

function isLowSurrogate(code: number): boolean {
  // charCodeAt past the end is NaN, which fails both comparisons.
  return code >= 0xdc00 && code <= 0xdfff
}

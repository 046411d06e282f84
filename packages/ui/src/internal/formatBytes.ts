/** A file size for people: `'20 MB'`, `'850 kB'` (binary multiples, as most file managers count). */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 ** 2 ? [bytes / 1024 ** 2, 'megabyte'] : [bytes / 1024, 'kilobyte']
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value)
  } catch {
    return `${Math.round(value)} ${unit === 'megabyte' ? 'MB' : 'kB'}` // an unknown locale tag
  }
}

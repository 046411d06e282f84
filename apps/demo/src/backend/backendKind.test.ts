import { describe, expect, it } from 'vitest'
import { backendKindFrom } from './backendKind'

describe('backendKindFrom', () => {
  it.each([
    ['?backend=tencent', 'tencent'],
    ['?lang=zh&backend=nim', 'nim'],
    ['?backend=nim-classic', 'nim-classic'],
    ['', 'memory'],
    ['?backend=firebase', 'memory'],
  ])('reads %j as %s', (search, kind) => {
    expect(backendKindFrom(search)).toBe(kind)
  })
})

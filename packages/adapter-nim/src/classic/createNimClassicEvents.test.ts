import { describe, expect, it } from 'vitest'
import { createNimClassicEvents } from './createNimClassicEvents'

const card = { account: 'ada', nick: 'Ada', createTime: 1, updateTime: 2 }

describe('createNimClassicEvents', () => {
  it("calls the app's own callback first, then every listener, with the same arguments", () => {
    const calls: string[] = []
    const events = createNimClassicEvents({ onupdateuser: (c) => calls.push(`app ${c.nick}`) })
    events.listen({ onupdateuser: (c) => calls.push(`kit ${c.nick}`) })
    events.callbacks.onupdateuser(card)
    expect(calls).toEqual(['app Ada', 'kit Ada'])
  })

  it('offers every callback the kit needs, so a spread into getInstance sets them all', () => {
    expect(Object.keys(createNimClassicEvents().callbacks).sort()).toEqual([
      'onconnect',
      'ondisconnect',
      'onfriends',
      'onmyinfo',
      'onpushevents',
      'onsyncdone',
      'onsyncfriendaction',
      'onupdatemyinfo',
      'onupdateuser',
      'onusers',
      'onwillreconnect',
    ])
  })

  it('stops calling a listener once it leaves, and lets it leave while being called', () => {
    const events = createNimClassicEvents()
    const seen: string[] = []
    const leave = events.listen({ onmyinfo: () => (seen.push('first'), leave()) })
    events.listen({ onmyinfo: () => seen.push('second') })
    events.callbacks.onmyinfo(card)
    events.callbacks.onmyinfo(card)
    expect(seen).toEqual(['first', 'second', 'second'])
  })
})

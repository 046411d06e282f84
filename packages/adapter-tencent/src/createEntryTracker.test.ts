import { describe, expect, it } from 'vitest'
import { createEntryTracker } from './createEntryTracker'

// SDK-shaped cache entries: the SDK mutates them in place, so identity is what the tracker follows.
const complete = () => ({ userID: 'grace', nick: 'Grace', selfSignature: 'Hello', lastUpdatedTime: 1 })
const builtFromPush = () => ({ userID: 'grace', nick: '', selfSignature: 'Debugging', lastUpdatedTime: 2 })

describe('createEntryTracker', () => {
  it('forwards the whole profile of an object a read returned', () => {
    const entries = createEntryTracker()
    const entry = complete()
    entries.read(entry)
    entry.selfSignature = 'Debugging'
    expect(entries.changed(entry)).toMatchObject({ nick: 'Grace', selfSignature: 'Debugging' })
  })

  it('forwards only non-default fields of an object first seen in an event', () => {
    const change = createEntryTracker().changed(builtFromPush())
    expect(change).toMatchObject({ userID: 'grace', selfSignature: 'Debugging' })
    expect(change).not.toHaveProperty('nick')
  })

  it('reads a push-built object as the last complete profile with the pushed fields applied', () => {
    const entries = createEntryTracker()
    entries.read(complete())
    const pushed = builtFromPush()
    entries.changed(pushed)
    expect(entries.read(pushed)).toMatchObject({ nick: 'Grace', selfSignature: 'Debugging' })
  })

  it('forgets profiles of the previous session', () => {
    const entries = createEntryTracker()
    entries.read(complete())
    entries.forget()
    const pushed = builtFromPush()
    entries.changed(pushed)
    expect(entries.read(pushed)).toMatchObject({ nick: '', selfSignature: 'Debugging' })
  })
})

import { version } from 'react'
import type { BenchApi, VariantName } from './benchApi'
import { coldMount } from './coldMount'
import { createWarmEnv } from './createWarmEnv'
import { bigGroup } from './bigGroup'
import { eventStorm } from './eventStorm'
import { manyIDs } from './manyIDs'
import { mountOnce } from './mountOnce'
import { persistLoad } from './persistLoad'
import { presenceScroll } from './presenceScroll'
import { reloadMount } from './reloadMount'
import { rendersOnOneUpdate } from './rendersOnOneUpdate'
import type { VariantEnv } from './variants/VariantEnv'

const warmEnvs = new Map<VariantName, VariantEnv>()

window.bench = {
  reactVersion: version,
  async prepareWarm(variant) {
    warmEnvs.set(variant, await createWarmEnv(variant))
  },
  mountOnce(variant) {
    const env = warmEnvs.get(variant)
    if (!env) throw new Error(`bench: call prepareWarm('${variant}') before mountOnce.`)
    return mountOnce(variant, env)
  },
  coldMount,
  rendersOnOneUpdate,
  eventStorm,
  presenceScroll,
  reloadMount,
  bigGroup,
  manyIDs,
  persistLoad,
} satisfies BenchApi

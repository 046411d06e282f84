import type { VariantName } from '../benchApi'
import { expertBatched } from './expertBatched'
import { kit } from './kit'
import { listQuery } from './listQuery'
import { naivePerCard } from './naivePerCard'
import type { Variant } from './VariantEnv'

/** Every variant by name. */
export const variants: Record<VariantName, Variant> = { kit, naivePerCard, expertBatched, listQuery }

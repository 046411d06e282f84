import { en, zhCN } from '@profile-kit/ui'
import type { Locale } from '../state/useDemoStore'

/**
 * What the demo passes to `ProfileProvider`'s `messages`: the kit's built-in English or Chinese,
 * plus translated labels for the demo's custom fields (`customFields.<key>`) and the team options
 * (`customFields.<key>.options.<value>`). Constant objects, so
 * switching back and forth does not rebuild anything.
 */
export const kitMessages: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en,
  zh: {
    ...zhCN,
    'customFields.team': '团队',
    'customFields.team.options.design': '设计',
    'customFields.team.options.engineering': '工程',
    'customFields.team.options.product': '产品',
    'customFields.team.options.support': '客户支持',
    'customFields.team.options.marketing': '市场',
    'customFields.startDate': '入职日期',
    'customFields.website': '个人网站',
    'customFields.mentor': '愿意做导师',
    'customFields.experience': '工作年限',
    'customFields.bio': '关于我',
  },
}

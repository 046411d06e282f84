import type { Messages } from './en'

/**
 * Simplified Chinese messages.
 *
 * @example
 * ```tsx
 * <ProfileProvider adapter={adapter} messages={zhCN}>
 * ```
 */
export const zhCN: Messages = {
  locale: 'zh-CN',

  'avatar.unknown': '未知用户',
  'avatar.button': '查看{name}的资料',

  'card.loading': '正在加载资料…',
  'card.notFound': '找不到该用户的资料。',
  'card.error': '资料加载失败。',
  'card.retry': '重试',
  'card.fields': '资料详情',
  'card.remark': '备注',
  'card.remarkNone': '无',
  'card.remarkEdit': '修改备注',
  'card.remarkSave': '保存',
  'card.remarkCancel': '取消',
  'card.remarkSaving': '正在保存…',
  'card.remarkFailed': '备注保存失败，请重试。',

  'field.nick': '昵称',
  'field.avatar': '头像链接',
  'field.gender': '性别',
  'field.selfSignature': '个性签名',
  'field.birthday': '生日',
  'field.location': '所在地',
  'field.email': '邮箱',
  'field.phone': '手机号',
  'field.allowType': '好友申请',
  'field.messageSettings': '消息设置',
  'field.adminForbidType': '发起好友申请',
  'field.language': '语言',
  'field.level': '等级',
  'field.role': '角色',

  'gender.unknown': '不透露',
  'gender.female': '女',
  'gender.male': '男',
  'allowType.allowAny': '允许任何人添加我',
  'allowType.needConfirm': '需要我验证',
  'allowType.denyAny': '不允许任何人添加我',
  'messageSettings.receive': '接收消息',
  'messageSettings.doNotReceive': '不接收消息',
  'adminForbidType.none': '允许',
  'adminForbidType.sendOut': '禁止',
  'value.true': '是',
  'value.false': '否',
  'value.none': '未设置',

  'editor.loading': '正在加载你的资料…',
  'editor.loadFailed': '你的资料加载失败。',
  'editor.retry': '重试',
  'editor.save': '保存修改',
  'editor.saving': '正在保存…',
  'editor.reset': '重置',
  'editor.saved': '资料已保存。',
  'editor.saveFailed': '修改未能保存。{reason}',
  'editor.draftRestored': '已恢复上次未保存的修改。',
  'editor.avatarPreview': '头像预览',
  'editor.avatarHint': '图片链接（https://…）。',
  'editor.customFields': '更多资料',
  'editor.counter': '已使用 {count}/{limit} 个字符',

  'error.invalid_argument': '部分内容不符合要求，请检查标出的字段。',
  'error.not_ready': '尚未连接，请稍后再试。',
  'error.not_found': '找不到该资料。',
  'error.permission_denied': '你没有权限修改此项。',
  'error.content_rejected': '部分内容未通过审核，请修改后重试。',
  'error.rate_limited': '操作过于频繁，请稍后再试。',
  'error.network': '网络异常，请检查网络后重试。',
  'error.unknown': '出了点问题，请重试。',

  'validation.required': '此项为必填项。',
  'validation.maxLength': '最多 {limit} 个字符。',
  'validation.maxBytes': '内容过长（最多 {limit} 字节）。',
  'validation.min': '请输入不小于 {limit} 的数。',
  'validation.max': '请输入不大于 {limit} 的数。',
  'validation.number': '请输入数字。',
  'validation.date': '请按 YYYY-MM-DD 格式输入日期。',
  'validation.url': '请输入以 https:// 或 http:// 开头的链接。',
  'validation.email': '请输入有效的邮箱地址，例如 name@example.com。',
  'validation.pattern': '格式不正确。',
  'validation.enum': '请从选项中选择。',
  'validation.boolean': '请选择是或否。',
}

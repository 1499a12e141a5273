export const reviewActions = [
  'submit',
  'approve',
  'requestChanges',
  'publish',
  'unpublish',
  'delete',
  'override',
] as const
export type ReviewAction = (typeof reviewActions)[number]

export const reviewActionLabels: Record<ReviewAction, { en: string; zh: string }> = {
  submit: { en: 'Submitted for review', zh: '提交审核' },
  approve: { en: 'Approved', zh: '批准' },
  requestChanges: { en: 'Changes requested', zh: '要求修改' },
  publish: { en: 'Published', zh: '发布' },
  unpublish: { en: 'Unpublished', zh: '取消发布' },
  delete: { en: 'Deleted', zh: '删除' },
  override: { en: 'Gate overridden by admin', zh: '管理员强制操作' },
}

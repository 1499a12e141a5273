/**
 * Strings of our own in the admin panel (validation messages, descriptions), in every admin
 * language. Payload merges them into its catalogues under the `mediglot` namespace, so server
 * code calls `req.t('mediglot:slugInvalid')` and gets the editor's language.
 */
export const adminTranslations = {
  en: {
    mediglot: {
      slugInvalid:
        'Use lowercase letters a–z, digits and single hyphens only (no spaces, capitals or accents), e.g. "thyroid-treatment".',
      slugTaken: 'Another document already uses this slug.',
      titleRequiredEnglish: 'An English title is required.',
      titleRequiredToPublish: 'A title is required before this language can be published.',
      questionRequiredEnglish: 'An English question is required.',
      questionRequiredToPublish: 'A question is required before this language can be published.',
      summaryTooLong: 'The summary is {{length}} characters long; the limit is {{max}}.',
      relationMissing: 'Links to documents that do not exist ({{collection}}: {{ids}}).',
      altRequired: 'Alternative text is required: describe the image for readers who cannot see it.',
      urlInvalid: 'Enter a full web address starting with https://',
      doiInvalid: 'A DOI looks like 10.1093/hropen/hoad002.',
      pmidInvalid: 'A PMID is a number, e.g. 36873081.',
      publishNotAllowed: 'Only medical reviewers and admins can publish or unpublish. Save your work as a draft and submit it for review.',
      publishNotApproved: 'Not published: {{locales}} has changes that are not approved. Submit it for review; a medical reviewer must approve it first.',
      unpublishLinked: 'Not unpublished: published pages link to this document: {{documents}}. Remove those links first, or ask an admin to force it.',
      deleteLinked: 'Not deleted: published pages link to this document: {{documents}}. Remove those links first, or ask an admin to force it.',
      deleteNotAllowed: 'Only admins can delete documents.',
      forceAdminOnly: 'Only admins can override the review gate.',
      forceNeedsReason: 'An override needs a reason; it is recorded in the audit trail.',
      submitNotAllowed: 'You cannot submit this language for review.',
      submitEmpty: 'There is no {{locale}} text to review yet.',
      invalidState: 'This action is not possible while the review status is "{{state}}".',
      approveNotAllowed: 'Only medical reviewers can approve or request changes.',
      approveOwnChange: 'You made the latest change to this text, so another medical reviewer must approve it.',
      commentRequired: 'Say what needs to change: a comment is required.',
      slugDescription: 'The address of this document in both languages: lowercase letters, digits and hyphens.',
      summaryDescription: 'Plain text, at most 300 characters. Used on cards, in search results, as the meta description and in the API.',
    },
  },
  zh: {
    mediglot: {
      slugInvalid:
        '只能使用小写英文字母 a–z、数字和单个连字符（不能有空格、大写字母或非英文字符），例如 “thyroid-treatment”。',
      slugTaken: '已有其他文档使用此网址别名。',
      titleRequiredEnglish: '必须填写英文标题。',
      titleRequiredToPublish: '发布该语言版本前必须填写标题。',
      questionRequiredEnglish: '必须填写英文问题。',
      questionRequiredToPublish: '发布该语言版本前必须填写问题。',
      summaryTooLong: '摘要共 {{length}} 个字符，上限为 {{max}} 个。',
      relationMissing: '关联的文档不存在（{{collection}}：{{ids}}）。',
      altRequired: '必须填写替代文本：为无法看到图片的读者描述图片内容。',
      urlInvalid: '请输入以 https:// 开头的完整网址。',
      doiInvalid: 'DOI 的格式形如 10.1093/hropen/hoad002。',
      pmidInvalid: 'PMID 应为数字，例如 36873081。',
      publishNotAllowed: '只有医学审核人和管理员可以发布或取消发布。请先保存草稿并提交审核。',
      publishNotApproved: '未发布：{{locales}}版本有未经批准的修改。请提交审核，须经医学审核人批准后方可发布。',
      unpublishLinked: '未取消发布：以下已发布页面链接到此文档：{{documents}}。请先移除这些链接，或请管理员强制操作。',
      deleteLinked: '未删除：以下已发布页面链接到此文档：{{documents}}。请先移除这些链接，或请管理员强制操作。',
      deleteNotAllowed: '只有管理员可以删除文档。',
      forceAdminOnly: '只有管理员可以强制越过审核流程。',
      forceNeedsReason: '强制操作必须填写理由，理由将记入审核记录。',
      submitNotAllowed: '您不能提交该语言版本进行审核。',
      submitEmpty: '目前还没有可供审核的{{locale}}内容。',
      invalidState: '当前审核状态为“{{state}}”，无法执行此操作。',
      approveNotAllowed: '只有医学审核人可以批准或要求修改。',
      approveOwnChange: '最近一次修改是您本人做出的，须由另一位医学审核人批准。',
      commentRequired: '请说明需要修改的内容：必须填写意见。',
      slugDescription: '该文档在两种语言下共用的网址别名：小写字母、数字和连字符。',
      summaryDescription: '纯文本，最多 300 个字符。用于卡片、搜索结果、页面描述和 API。',
    },
  },
}

export type AdminTranslationKey = `mediglot:${keyof (typeof adminTranslations)['en']['mediglot']}`

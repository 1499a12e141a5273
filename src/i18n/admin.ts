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
      slugDescription: '该文档在两种语言下共用的网址别名：小写字母、数字和连字符。',
      summaryDescription: '纯文本，最多 300 个字符。用于卡片、搜索结果、页面描述和 API。',
    },
  },
}

export type AdminTranslationKey = `mediglot:${keyof (typeof adminTranslations)['en']['mediglot']}`

import path from 'node:path'

import type { CollectionConfig, PayloadRequest } from 'payload'

import { mediaOnRecord } from '@/access/mediaOnRecord'
import { staffOnly } from '@/access/staffOnly'

import { mediaSlug } from '../slugs'
import { translate } from '../shared/translate'

export const Media: CollectionConfig = {
  slug: mediaSlug,
  access: {
    read: mediaOnRecord,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  admin: {
    useAsTitle: 'alt',
    group: { en: 'Content', zh: '内容' },
  },
  labels: {
    singular: { en: 'Media', zh: '媒体' },
    plural: { en: 'Media', zh: '媒体' },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { en: 'Alternative text', zh: '替代文本' },
      localized: true,
      required: true,
      maxLength: 300,
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        typeof value === 'string' && value.trim().length > 0 ? true : translate(req, 'mediglot:altRequired'),
      // While editing the Chinese, the English alt text beside it (media have no review record).
      admin: {
        components: {
          afterInput: [{ path: '/components/admin/EnglishBeside.client#EnglishBeside', clientProps: { field: 'alt' } }],
        },
      },
    },
  ],
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR || 'data/media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    imageSizes: [
      { name: 'card', width: 640 },
      { name: 'wide', width: 1280 },
    ],
  },
}

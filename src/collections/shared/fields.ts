import { LinkFeature, UploadFeature, lexicalEditor, validateUrl } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, FieldAccess, RelationshipField, RichTextField, TextField, TextFieldSingleValidation, TextareaField } from 'payload'

import { safeLinkUrl } from '@/lib/safeUrl'

import { canEditSharedFields } from '@/editorial/permissions'

import { linkableCollectionSlugs, sourcesSlug } from '../slugs'

import { internalLinksIn } from './richTextLinks'
import { translate } from './translate'

import {
  relationTargetsExist,
  requiredHeading,
  summaryMaxLength,
  validateSlug,
  validateSummary,
} from './validators'

/**
 * Fields shared by both languages (slug, cross-links, sources): translators see them read-only,
 * and a translator's write leaves them as they were.
 */
export const sharedFieldAccess: { update: FieldAccess; create: FieldAccess } = {
  create: ({ req }) => canEditSharedFields(req.user),
  update: ({ req }) => canEditSharedFields(req.user),
}

export function slugField(): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { en: 'Slug', zh: '网址别名' },
    required: true,
    unique: true,
    index: true,
    validate: validateSlug,
    access: sharedFieldAccess,
    admin: {
      position: 'sidebar',
      description: ({ t }) => (t as unknown as (k: string) => string)('mediglot:slugDescription'),
    },
  }
}

/** The English beside the Chinese of a localized field (shown only while editing Chinese). */
const englishBeside = (field: string) => ({
  path: '/components/admin/EnglishBeside.client#EnglishBeside',
  clientProps: { field },
})

export function headingField(name: 'title' | 'question'): TextField {
  return {
    name,
    type: 'text',
    label: name === 'title' ? { en: 'Title', zh: '标题' } : { en: 'Question', zh: '问题' },
    localized: true,
    validate: requiredHeading(name),
    maxLength: 200,
    admin: { components: { afterInput: [englishBeside(name)] } },
  }
}

export function summaryField(): TextareaField {
  return {
    name: 'summary',
    type: 'textarea',
    label: { en: 'Summary', zh: '摘要' },
    localized: true,
    validate: validateSummary,
    admin: {
      description: ({ t }) => (t as unknown as (k: string) => string)('mediglot:summaryDescription'),
      rows: 3,
      components: { afterInput: [englishBeside('summary')] },
    },
    // Surfaced in the admin's character counter; validateSummary enforces it with our message.
    maxLength: summaryMaxLength * 4,
  }
}

/**
 * A custom link's URL must be one readers will get as a link (http(s), mailto or tel, see
 * safeLinkUrl): anything else (javascript:, data:, vbscript:, //host, relative) is refused with
 * a 400 instead of being stored and silently dropped from the page. It must also pass Payload's
 * own `validateUrl`: Payload's url hook percent-encodes any URL that fails it on every save, so
 * such a link changed each time it was saved and the approved text could never be published.
 */
export const validateLinkUrl: TextFieldSingleValidation = (value, { req, siblingData }) => {
  if ((siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
  if (typeof value === 'string' && safeLinkUrl(value) !== null && validateUrl(value)) return true
  return translate(req, 'mediglot:linkUrlInvalid')
}

const withLinkUrlValidation = <F extends { type: string }>(fields: F[]): F[] =>
  fields.map((field) =>
    'name' in field && field.name === 'url' && field.type === 'text' ? ({ ...field, validate: validateLinkUrl } as F) : field,
  )

/**
 * The body editor: Payload's default features, with internal links limited to our content
 * collections and no free-standing relationship blocks (cross-links are typed fields).
 *
 * Links and uploads inside a body are never populated (maxDepth 0): a body stores the linked
 * document's id, and every reader of ours resolves links and images itself (src/content). Left
 * at Payload's default, each link in a body brought the whole linked document, whose body brought
 * its own links: one anonymous GraphQL query of 100 topics with their related topics' bodies was
 * a 530 MB answer after 30 s (issue 10, finding 1). The admin loads a linked document or image
 * by its id itself.
 */
export const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link' && feature.key !== 'relationship' && feature.key !== 'upload'),
    LinkFeature({
      enabledCollections: [...linkableCollectionSlugs],
      fields: ({ defaultFields }) => withLinkUrlValidation(defaultFields),
      maxDepth: 0,
    }),
    UploadFeature({ maxDepth: 0 }),
  ],
})

export function bodyField(name: 'body' | 'answer' = 'body'): RichTextField {
  return {
    name,
    type: 'richText',
    label: name === 'body' ? { en: 'Body', zh: '正文' } : { en: 'Answer', zh: '回答' },
    localized: true,
    editor: bodyEditor,
    // Lexical renders no afterInput; its Description slot sits under the editor.
    admin: { components: { Description: englishBeside(name) } },
  }
}

export function relationshipField(
  name: string,
  relationTo: CollectionSlug,
  label: { en: string; zh: string },
  description?: { en: string; zh: string },
): RelationshipField {
  return {
    name,
    type: 'relationship',
    relationTo,
    hasMany: true,
    label,
    validate: relationTargetsExist(relationTo),
    access: sharedFieldAccess,
    admin: description ? { description } : undefined,
  }
}

export function sourcesField(): RelationshipField {
  return relationshipField(sourcesSlug, sourcesSlug, { en: 'Sources', zh: '参考来源' }, {
    en: 'The guidelines and studies this text relies on.',
    zh: '本文依据的指南和研究。',
  })
}

/**
 * The documents a body links to, kept beside the body (per language) so "who links here?" is
 * a query. Derived on every save; nobody edits it.
 */
export function bodyLinksField(source: 'body' | 'answer'): RelationshipField {
  return {
    name: 'bodyLinks',
    type: 'relationship',
    relationTo: [...linkableCollectionSlugs],
    hasMany: true,
    localized: true,
    maxDepth: 0,
    admin: { hidden: true, readOnly: true },
    access: { create: () => false, update: () => false },
    // Derived from the body on every save, never entered: nothing to validate.
    validate: () => true,
    hooks: {
      beforeChange: [
        ({ siblingData, originalDoc }) => {
          const body = source in siblingData ? siblingData[source] : originalDoc?.[source]
          return internalLinksIn(body)
        },
      ],
    },
  }
}

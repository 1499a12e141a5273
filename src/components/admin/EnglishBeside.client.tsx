'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { Fragment, useEffect, useState, type ReactNode } from 'react'

import { textModelOf } from '@/editorial/parity'
import { diffText, type DiffSegment } from '@/lib/textDiff'

/**
 * Beside a Chinese field: the English as published and, when the Chinese is behind, the
 * English changes since the version the Chinese was approved against, marked word by word
 * (character by character in Chinese). Rich text keeps its headings, lists and links. Mounted
 * as the field's afterInput (text, textarea) or Description (rich text); shows nothing while
 * the English is being edited.
 */
interface Beside {
  behind: boolean
  published: Record<string, unknown>
  approved: Record<string, unknown> | null
}

const cache = new Map<string, Promise<Beside | null>>()

function load(url: string, media: boolean): Promise<Beside | null> {
  let pending = cache.get(url)
  if (!pending) {
    pending = fetch(url, { credentials: 'include' })
      .then(async (r) => {
        if (!r.ok) return null
        // Media have no review record: their English alt text is all there is to show.
        if (media) return { behind: false, published: { alt: ((await r.json()) as { alt?: string }).alt ?? null }, approved: null }
        return (await r.json()) as Beside
      })
      .catch(() => null)
    cache.set(url, pending)
  }
  return pending
}

const labels = {
  en: {
    published: 'English as published',
    changes: 'English changes since the Chinese was approved',
    none: 'No English yet.',
  },
  zh: { published: '已发布的英文', changes: '中文获批以来英文的改动', none: '尚无英文。' },
}

function Segments({ segments }: { segments: DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'same' ? (
          <Fragment key={i}>{s.text}</Fragment>
        ) : s.kind === 'added' ? (
          <ins key={i} className="mg-diff-added">
            {s.text}
          </ins>
        ) : (
          <del key={i} className="mg-diff-removed">
            {s.text}
          </del>
        ),
      )}
    </>
  )
}

type Block = ReturnType<typeof textModelOf>['blocks'][number]

/** A block's text with its link labels shown as links (the labels found in order). */
function withLinks(block: Block): ReactNode {
  if (block.links.length === 0) return block.text
  const parts: ReactNode[] = []
  let rest = block.text
  block.links.forEach((link, i) => {
    const at = rest.indexOf(link.label)
    if (at < 0 || !link.label) return
    parts.push(
      rest.slice(0, at),
      <u key={i} title={link.target} className="mg-beside__link">
        {link.label}
      </u>,
    )
    rest = rest.slice(at + link.label.length)
  })
  parts.push(rest)
  return parts
}

function renderBlocks(blocks: Block[], content: (block: Block, index: number) => ReactNode) {
  const out: ReactNode[] = []
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]
    if (block.kind === 'listitem') {
      const items: ReactNode[] = []
      const list = block.list
      while (i < blocks.length && blocks[i].kind === 'listitem' && blocks[i].list === list) {
        items.push(<li key={i}>{content(blocks[i], i)}</li>)
        i += 1
      }
      i -= 1
      out.push(<ul key={`l${i}`}>{items}</ul>)
    } else if (block.kind === 'heading') {
      out.push(
        <p key={i} className="mg-beside__heading" role="heading" aria-level={4}>
          {content(block, i)}
        </p>,
      )
    } else {
      out.push(<p key={i}>{content(block, i)}</p>)
    }
  }
  return out
}

function Published({ value }: { value: unknown }) {
  if (typeof value === 'string') return <p>{value}</p>
  return <>{renderBlocks(textModelOf(value).blocks, (block) => withLinks(block))}</>
}

function Changes({ before, after }: { before: unknown; after: unknown }) {
  if (typeof after === 'string' || typeof before === 'string') {
    return (
      <p>
        {
          <Segments
            segments={diffText(
              typeof before === 'string' ? before : '',
              typeof after === 'string' ? after : '',
            )}
          />
        }
      </p>
    )
  }
  const old = textModelOf(before).blocks
  const now = textModelOf(after).blocks
  if (old.length !== now.length) {
    const joined = (blocks: Block[]) => blocks.map((b) => b.text).join('\n')
    return (
      <p style={{ whiteSpace: 'pre-wrap' }}>
        <Segments segments={diffText(joined(old), joined(now))} />
      </p>
    )
  }
  return (
    <>
      {renderBlocks(now, (block, i) => (
        <Segments segments={diffText(old[i].text, block.text)} />
      ))}
    </>
  )
}

export function EnglishBeside({ field }: { field: string }) {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [beside, setBeside] = useState<Beside | null>(null)
  const text = i18n.language === 'zh' ? labels.zh : labels.en
  const chinese = locale?.code === 'zh'
  const media = collectionSlug === 'media'
  const documentURL = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}`
  const url =
    id && collectionSlug
      ? media
        ? `${documentURL}?locale=en&depth=0&at=${lastUpdateTime ?? ''}`
        : `${documentURL}/english-beside?at=${lastUpdateTime ?? ''}`
      : null

  useEffect(() => {
    if (!chinese || !url) return
    let live = true
    void load(url, media).then((result) => {
      if (live) setBeside(result)
    })
    return () => {
      live = false
    }
  }, [chinese, url, media])

  if (!chinese || !beside) return null
  const published = beside.published[field]
  const approved = beside.approved?.[field]
  const changed =
    beside.behind &&
    beside.approved &&
    JSON.stringify(approved ?? null) !== JSON.stringify(published ?? null)
  return (
    <aside
      className="mg-beside"
      lang="en"
      data-testid={`english-beside-${field}`}
      data-behind={changed ? 'true' : 'false'}
    >
      <div className="mg-beside__label">{text.published}</div>
      {published ? <Published value={published} /> : <p>{text.none}</p>}
      {changed && (
        <div className="mg-beside__changes" data-testid={`english-changes-${field}`}>
          <div className="mg-beside__label">{text.changes}</div>
          <Changes before={approved} after={published} />
        </div>
      )}
    </aside>
  )
}

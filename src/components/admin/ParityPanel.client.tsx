'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ParityKind, ParityMismatch } from '@/editorial/parity'

/**
 * The parity check of the open document (English against Chinese), shown in the review panel:
 * each open mismatch with both sides' sentences. It reads GET /api/{collection}/{id}/parity,
 * the same report the workflow API and the approval rule use, again after every save.
 */
const labels = {
  en: {
    title: 'Parity check: English and Chinese',
    clear: 'No open mismatches.',
    notChecked: 'Nothing to compare yet: there is no Chinese text.',
    open: (n: number) =>
      `${n} open mismatch${n === 1 ? '' : 'es'}. A reviewer approving the Chinese with any open must say why in a comment.`,
    failed: 'The parity check could not be loaded.',
    english: 'English',
    chinese: 'Chinese',
    kinds: {
      number: 'Number',
      link: 'Link',
      heading: 'Heading',
      list: 'List items',
      emphasis: 'Emphasis',
      glossaryDiscouraged: 'Glossary: discouraged term',
      glossaryMissing: 'Glossary: term missing',
    } satisfies Record<ParityKind, string>,
  },
  zh: {
    title: '一致性检查：英文与中文',
    clear: '没有未解决的差异。',
    notChecked: '尚无中文，无可比较。',
    open: (n: number) => `有 ${n} 处未解决的差异。审核人在有差异时批准中文，须在意见中说明理由。`,
    failed: '无法加载一致性检查。',
    english: '英文',
    chinese: '中文',
    kinds: {
      number: '数字',
      link: '链接',
      heading: '标题',
      list: '列表项',
      emphasis: '强调',
      glossaryDiscouraged: '术语：不推荐的译法',
      glossaryMissing: '术语：缺少推荐译名',
    } satisfies Record<ParityKind, string>,
  },
}

interface Report {
  checked: boolean
  open: number
  mismatches: ParityMismatch[]
}

export function ParityPanel({ reloadKey = 0 }: { reloadKey?: number }) {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const text = i18n.language === 'zh' ? labels.zh : labels.en
  const [report, setReport] = useState<Report | null>(null)
  const [failed, setFailed] = useState(false)
  const apiRoute = `${config.serverURL ?? ''}${config.routes.api}`

  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    fetch(`${apiRoute}/${collectionSlug}/${encodeURIComponent(String(id))}/parity?locale=zh`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        setReport((await response.json()) as Report)
        setFailed(false)
      })
      .catch((error: unknown) => {
        if ((error as { name?: string }).name !== 'AbortError') setFailed(true)
      })
    return () => controller.abort()
  }, [apiRoute, collectionSlug, id, lastUpdateTime, reloadKey])

  if (!id) return null
  return (
    <section
      className="mg-parity"
      data-testid="parity-panel"
      data-open={report ? report.open : undefined}
      aria-label={text.title}
    >
      <h4 className="mg-parity__title">{text.title}</h4>
      {failed && <p className="mg-review__alert">{text.failed}</p>}
      {report && !report.checked && <p className="mg-review__note">{text.notChecked}</p>}
      {report?.checked && report.open === 0 && (
        <p className="mg-parity__clear" data-testid="parity-clear">
          {text.clear}
        </p>
      )}
      {report && report.open > 0 && (
        <>
          <p className="mg-review__hint">{text.open(report.open)}</p>
          <ol className="mg-parity__list" data-testid="parity-mismatches">
            {report.mismatches.map((m, index) => (
              <li key={index} className="mg-parity__item" data-kind={m.kind}>
                <strong>
                  {text.kinds[m.kind]} · {m.field}
                </strong>
                <span className="mg-parity__message">{m.message}</span>
                {m.en && (
                  <span className="mg-parity__quote" lang="en">
                    {text.english}: {m.en}
                  </span>
                )}
                {m.zh && (
                  <span className="mg-parity__quote" lang="zh">
                    {text.chinese}: {m.zh}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

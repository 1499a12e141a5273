import { getTranslation } from '@payloadcms/translations'
import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import type { PayloadRequest, ServerProps } from 'payload'

import { isStaff } from '@/editorial/roles'
import type { AdminTranslationKey } from '@/i18n/admin'

import { loadReviewDashboard, type DashboardRow } from './dashboardQueries'
import { adminCollectionURL, formatDay, languageKey } from './format'
import './reviewUi.scss'

type Translate = (key: AdminTranslationKey, vars?: Record<string, unknown>) => string

const translator = (i18n: I18nClient): Translate => i18n.t as unknown as Translate

/**
 * The editor dashboard above the collection cards (`admin.components.beforeDashboard`): the
 * review work of the signed-in person, read as them through the Local API.
 */
export async function ReviewDashboard({ payload, user, i18n }: ServerProps) {
  const viewer = user as PayloadRequest['user'] | undefined
  if (!viewer || !isStaff(viewer)) return null
  const t = translator(i18n)
  const data = await loadReviewDashboard(payload, viewer)
  const adminRoute = payload.config.routes.admin
  const collectionLabel = (slug: DashboardRow['collection']) =>
    getTranslation(payload.collections[slug]?.config.labels.singular ?? slug, i18n)

  const rowProps = { t, language: i18n.language, adminRoute, collectionLabel }
  const submittedOn = (row: { date?: string | null }) =>
    row.date ? t('mediglot:dashboardSubmittedOn', { date: formatDay(row.date, i18n.language) }) : null

  return (
    <section
      className="mg-dashboard"
      data-testid="review-dashboard"
      aria-labelledby="mg-dashboard-title"
    >
      <h2 id="mg-dashboard-title" className="mg-dashboard__title">
        {t('mediglot:dashboardTitle')}
      </h2>
      <div className="mg-dashboard__lists">
        {data.waitingForMe && (
          <DashboardList
            testId="dashboard-waiting"
            title={t('mediglot:dashboardWaitingForMe')}
            empty={t('mediglot:dashboardEmptyWaiting')}
            rows={data.waitingForMe}
            limit={data.limit}
            note={submittedOn}
            {...rowProps}
          />
        )}
        <DashboardList
          testId="dashboard-changes"
          title={t('mediglot:dashboardChangesRequested')}
          empty={t('mediglot:dashboardEmptyChanges')}
          rows={data.changesRequested}
          limit={data.limit}
          note={submittedOn}
          {...rowProps}
        />
        <DashboardList
          testId="dashboard-behind"
          title={t('mediglot:dashboardTranslationsBehind')}
          empty={t('mediglot:dashboardEmptyBehind')}
          rows={data.translationsBehind}
          limit={data.limit}
          note={(row) =>
            [
              row.neverApproved
                ? t('mediglot:dashboardNotTranslated')
                : t('mediglot:dashboardEnglishUpdated', {
                    date: formatDay(row.date, i18n.language) ?? '?',
                  }),
              row.parityOpen ? t('mediglot:dashboardParityOpen', { count: row.parityOpen }) : null,
            ]
              .filter(Boolean)
              .join(' · ')
          }
          // The version history shows what changed in the English since the translation.
          extraLink={(row) => ({
            href: adminCollectionURL(adminRoute, row.collection, row.id, '/versions'),
            label: t('mediglot:viewEnglishChanges'),
          })}
          {...rowProps}
        />
        <DashboardList
          testId="dashboard-due"
          title={t('mediglot:dashboardReviewsDue')}
          empty={t('mediglot:dashboardEmptyDue')}
          rows={data.reviewsDue}
          limit={data.limit}
          note={(row) =>
            t('mediglot:dashboardDueSince', { date: formatDay(row.date, i18n.language) ?? '?' })
          }
          {...rowProps}
        />
      </div>
    </section>
  )
}

interface DashboardListProps {
  testId: string
  title: string
  empty: string
  rows: DashboardRow[]
  limit: number
  note: (row: DashboardRow) => string | null
  extraLink?: (row: DashboardRow) => { href: string; label: string }
  t: Translate
  language: string
  adminRoute: string
  collectionLabel: (slug: DashboardRow['collection']) => string
}

function DashboardList({
  testId,
  title,
  empty,
  rows,
  limit,
  note,
  extraLink,
  t,
  adminRoute,
  collectionLabel,
}: DashboardListProps) {
  const headingId = `${testId}-title`
  return (
    <div className="mg-dashboard__list" data-testid={testId}>
      <h3 id={headingId} className="mg-dashboard__list-title">
        {title} <span className="mg-dashboard__count">({rows.length})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="mg-review__note">{empty}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {rows.map((row) => {
            const extra = extraLink?.(row)
            const detail = note(row)
            return (
              <li
                key={`${row.collection}-${row.id}-${row.locale}`}
                data-testid={`${testId}-row`}
                data-locale={row.locale}
              >
                <span className="mg-dashboard__lang">{t(languageKey[row.locale])}</span>
                <Link
                  href={adminCollectionURL(
                    adminRoute,
                    row.collection,
                    row.id,
                    `?locale=${row.locale}`,
                  )}
                >
                  {row.title || t('mediglot:dashboardUntitled')}
                </Link>
                <span className="mg-dashboard__meta">
                  {collectionLabel(row.collection)}
                  {detail ? ` · ${detail}` : null}
                  {extra ? (
                    <>
                      {' · '}
                      <Link href={extra.href}>{extra.label}</Link>
                    </>
                  ) : null}
                </span>
              </li>
            )
          })}
        </ul>
      )}
      {rows.length >= limit && (
        <p className="mg-review__note">{t('mediglot:dashboardTruncated', { count: limit })}</p>
      )}
    </div>
  )
}

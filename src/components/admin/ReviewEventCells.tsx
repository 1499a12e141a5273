import type { DefaultServerCellComponentProps } from 'payload'

/**
 * The audit trail's "By" column: the name recorded with the event (it survives the account),
 * so the list never looks users up (they may not be readable) and never reads "Untitled - ID".
 */
export function ReviewEventUserCell({ rowData }: DefaultServerCellComponentProps) {
  const row = rowData as { userName?: string | null; user?: unknown }
  const id = typeof row.user === 'object' && row.user ? (row.user as { id?: unknown }).id : row.user
  return <span data-testid="audit-by">{row.userName || (id ? `#${String(id)}` : '—')}</span>
}

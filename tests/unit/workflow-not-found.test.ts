import { NotFound, type PayloadRequest } from 'payload'

import { performWorkflowAction } from '@/editorial/endpoints/workflow'

/** An editor's request whose document lookup does what `findByID` is given. */
function editorRequest(findByID: () => Promise<unknown>): PayloadRequest {
  return {
    user: { id: 1, collection: 'users', roles: ['editor'] },
    // A database without transactions (as SQLite runs here): the action runs without one.
    payload: { findByID, db: {} },
    context: {},
    t: (key: string) => key,
  } as unknown as PayloadRequest
}

const submit = { action: 'submit', locale: 'en' }

describe('the workflow action on a document it cannot find', () => {
  it('answers 404 when the document does not exist', async () => {
    const res = await performWorkflowAction(
      editorRequest(async () => null),
      'topics',
      '999',
      submit,
    )
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such document.' } })
  })

  it('answers 404 when Payload says it is not found', async () => {
    const res = await performWorkflowAction(
      editorRequest(async () => Promise.reject(new NotFound())),
      'topics',
      '999',
      submit,
    )
    expect(res.status).toBe(404)
  })

  it('lets a database failure through instead of calling the document missing', async () => {
    const failing = editorRequest(async () =>
      Promise.reject(new Error('SQLITE_BUSY: database is locked')),
    )
    await expect(performWorkflowAction(failing, 'topics', '1', submit)).rejects.toThrow(
      'SQLITE_BUSY',
    )
  })
})

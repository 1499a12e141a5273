import { isPublicAddress } from '@/lib/publicAddress'
import { allowedWebhookHosts, resolveWebhookTarget, type Lookup } from '@/lib/webhookTarget'

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.255.255.254', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1',
    '169.254.169.254', '100.64.0.1', '100.127.255.255', '224.0.0.1', '239.1.1.1', '255.255.255.255', '240.0.0.1',
    '192.0.2.1', '198.51.100.1', '203.0.113.1', '198.18.0.1',
    '::', '::1', '[::1]', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::127.0.0.1', '64:ff9b::7f00:1',
    '2002:7f00:1::', 'fe80::1', 'fd00::1', 'fc00::1', 'ff02::1', '2001:db8::1', '100::1', 'localhost', 'example.org', '',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001::1'])(
    'accepts %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true)
    },
  )
})

describe('resolveWebhookTarget', () => {
  const none = new Set<string>()
  const resolvesTo = (address: string): Lookup => async () => [{ address, family: address.includes(':') ? 6 : 4 }]

  it.each(['https://0x7f000001/', 'https://2130706433/', 'https://127.1/', 'https://[::ffff:127.0.0.1]/', 'https://[::1]/'])(
    'refuses the numeric spelling %s of a loopback address',
    async (url) => {
      expect(await resolveWebhookTarget(url, { allowHosts: none, lookup: resolvesTo('8.8.8.8') })).toHaveProperty('refused')
    },
  )

  it('refuses a name that resolves to an internal address, and plain http', async () => {
    expect(await resolveWebhookTarget('https://inside.example/', { allowHosts: none, lookup: resolvesTo('10.0.0.5') })).toHaveProperty('refused')
    expect(await resolveWebhookTarget('http://outside.example/', { allowHosts: none, lookup: resolvesTo('8.8.8.8') })).toHaveProperty('refused')
  })

  it('checks again on every call, so a name rebound to loopback after the save is refused at delivery', async () => {
    const answers = ['8.8.8.8', '127.0.0.1']
    const rebinding: Lookup = async () => [{ address: answers.shift()!, family: 4 }]
    expect(await resolveWebhookTarget('https://rebind.example/hook', { allowHosts: none, lookup: rebinding })).toMatchObject({ address: '8.8.8.8' })
    expect(await resolveWebhookTarget('https://rebind.example/hook', { allowHosts: none, lookup: rebinding })).toHaveProperty('refused')
  })

  it('refuses a name when any of its addresses is internal', async () => {
    const mixed: Lookup = async () => [{ address: '8.8.8.8', family: 4 }, { address: '::1', family: 6 }]
    expect(await resolveWebhookTarget('https://mixed.example/', { allowHosts: none, lookup: mixed })).toHaveProperty('refused')
  })

  it('lets an allow-listed host through, over http too', async () => {
    const allow = allowedWebhookHosts('127.0.0.1, Localhost')
    expect(await resolveWebhookTarget('http://127.0.0.1:9/hook', { allowHosts: allow })).toMatchObject({ address: '127.0.0.1' })
    expect(await resolveWebhookTarget('http://localhost:9/', { allowHosts: allow, lookup: resolvesTo('127.0.0.1') })).toMatchObject({ address: '127.0.0.1' })
    expect(await resolveWebhookTarget('http://[::1]:9/', { allowHosts: allow })).toHaveProperty('refused')
  })
})

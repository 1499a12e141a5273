import net from 'node:net'

/**
 * Whether an IP address is a public unicast address on the internet, i.e. not one of ours or a
 * neighbour's: loopback, private (RFC 1918, IPv6 unique local), link-local, CGNAT, multicast,
 * unspecified, broadcast, documentation, benchmarking and reserved ranges are not. IPv6 forms
 * that carry an IPv4 address (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible, NAT64 `64:ff9b::`,
 * 6to4 `2002::`) are judged by that IPv4 address. Anything that is not an IP address is false.
 */
export function isPublicAddress(address: string): boolean {
  const ip = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address
  const version = net.isIP(ip)
  if (version === 4) return isPublicIPv4(ipv4Octets(ip))
  if (version === 6) return isPublicIPv6(ipv6Groups(ip))
  return false
}

function ipv4Octets(ip: string): number[] {
  return ip.split('.').map(Number)
}

/** [first octet, second octet, prefix bits of the second octet that must match, ...] */
const blockedIPv4: Array<[number[], number]> = [
  [[0, 0, 0, 0], 8], // "this network", unspecified
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // CGNAT
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local (cloud metadata services live here)
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2, 0], 24], // documentation
  [[192, 88, 99, 0], 24], // 6to4 relay anycast
  [[192, 168, 0, 0], 16], // private
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation
  [[203, 0, 113, 0], 24], // documentation
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, broadcast
]

function toUint32(octets: number[]): number {
  return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0
}

function isPublicIPv4(octets: number[]): boolean {
  const value = toUint32(octets)
  return !blockedIPv4.some(([base, bits]) => {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
    return (value & mask) >>> 0 === (toUint32(base) & mask) >>> 0
  })
}

/** The eight 16-bit groups of a valid IPv6 address (dotted IPv4 tails and `::` expanded). */
function ipv6Groups(ip: string): number[] {
  let text = ip.split('%')[0].toLowerCase()
  const tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/)
  if (tail) {
    const [a, b, c, d] = ipv4Octets(tail[1])
    text = `${text.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, undefined]
  const headGroups = head ? head.split(':') : []
  const restGroups = rest ? rest.split(':') : []
  const missing = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length
  return [...headGroups, ...Array(missing).fill('0'), ...restGroups].map((g) => Number.parseInt(g, 16))
}

function isPublicIPv6(g: number[]): boolean {
  const embedded = (hi: number, lo: number) => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0)
  if (zeros(0, 8)) return false // ::
  if (zeros(0, 7) && g[7] === 1) return false // ::1
  if (zeros(0, 5) && g[5] === 0xffff) return isPublicIPv4(embedded(g[6], g[7])) // ::ffff:a.b.c.d
  if (zeros(0, 6)) return isPublicIPv4(embedded(g[6], g[7])) // ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b) return isPublicIPv4(embedded(g[6], g[7])) // NAT64
  if (g[0] === 0x2002) return isPublicIPv4(embedded(g[1], g[2])) // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return false // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return false // link-local fe80::/10
  if ((g[0] & 0xffc0) === 0xfec0) return false // site-local (deprecated)
  if ((g[0] & 0xff00) === 0xff00) return false // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return false // documentation
  if (g[0] === 0x0100 && zeros(1, 4)) return false // discard-only 100::/64
  if (g[0] === 0x2001 && g[1] < 0x0200) return false // IETF protocol assignments (Teredo, ORCHID...)
  // Only global unicast (2000::/3) is public.
  return (g[0] & 0xe000) === 0x2000
}

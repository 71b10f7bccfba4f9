import net from 'node:net';

/**
 * The network address a sign-in is rate-limited by. The app's server writes the TCP peer of every request into
 * PEER_ADDRESS_HEADER, replacing whatever a client sent under that name, so it cannot be forged.
 * X-Forwarded-For is believed only as far as the hops that added it are trusted proxies (TRUSTED_PROXIES): the
 * address is the right-most hop that is not one of them.
 */

/** The header the app's server sets on every request. */
export const PEER_ADDRESS_HEADER = 'x-figures-peer-address';

/** The trusted proxies as a list an address can be checked against. */
export function trustedProxyList(entries: readonly string[]): net.BlockList {
  const list = new net.BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = net.isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/** "::ffff:192.0.2.1" → "192.0.2.1"; "[2001:db8::1]:443" → "2001:db8::1"; "192.0.2.1:80" → "192.0.2.1". */
export function normaliseAddress(raw: string): string {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

function isTrusted(address: string, trusted: net.BlockList): boolean {
  const family = net.isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address. Without the peer header (the app served by plain `next start`), Next's own
 * X-Forwarded-For is all there is: the socket's address unless the client sent one.
 */
export function clientAddressOf(headers: Headers, trusted: net.BlockList): string {
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map(normaliseAddress).filter(Boolean);
  const peer = normaliseAddress(headers.get(PEER_ADDRESS_HEADER) ?? '');
  if (!peer) return hops.at(-1) ?? 'unknown';
  let address = peer;
  while (isTrusted(address, trusted) && hops.length > 0) address = hops.pop()!;
  return address;
}

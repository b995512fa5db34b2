// Invite codes and hub addresses as people type them, scan them and read them. An invite QR code holds
// `https://HUB/#join=CODE`; the fragment never reaches a server, and the app removes it from the
// address bar at once (main.tsx).

/** The form the hub makes codes in: letters and digits only, upper case (it ignores dashes, spaces). */
export function normalizeInviteCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether `text` can be an invite code at all (what protocol/'s `inviteCode` accepts). */
export function plausibleInviteCode(text: string): boolean {
  return /^[A-Za-z0-9 -]{8,64}$/.test(text.trim()) && normalizeInviteCode(text).length >= 8;
}

/** `K7M2P9QX4R` → `K7M2P-9QX4R`, as the hub prints it; other lengths as they are. */
export function formatInviteCode(text: string): string {
  const code = normalizeInviteCode(text);
  return code.length === 10 ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/** The code in an address fragment `#join=CODE`, or null when the fragment is not an invite. */
export function joinCodeFromHash(hash: string): string | null {
  const match = /^#join=([A-Za-z0-9-]{8,64})$/.exec(hash);
  return match ? normalizeInviteCode(match[1] as string) : null;
}

/** What an invite QR code holds: the hub's own address and the code, in the fragment. */
export function joinLink(origin: string, code: string): string {
  return `${origin}/#join=${normalizeInviteCode(code)}`;
}

/** The origin of a typed hub address (`https://` assumed when the scheme is left out), or null. */
export function hubOriginOf(text: string): string | null {
  const typed = text.trim();
  if (!typed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The bytes of an uploaded file as text: strict UTF-8 (a file in another encoding is refused, never guessed), with a
 * leading byte order mark accepted and removed, since spreadsheets often write one.
 */
export type DecodedText = { ok: true; text: string; hadBom: boolean } | { ok: false; problem: string };

const BOM = [0xef, 0xbb, 0xbf];

function startsWithBom(bytes: Uint8Array): boolean {
  return BOM.every((byte, index) => bytes[index] === byte);
}

/** The line (from 1) of the first byte that is not UTF-8: a newline byte is never part of a multi-byte character. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, index));
      } catch {
        return line;
      }
      line += 1;
      lineStart = index + 1;
    }
  }
  return line;
}

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const hadBom = startsWithBom(bytes);
  const body = hadBom ? bytes.subarray(BOM.length) : bytes;
  try {
    // ignoreBOM: the decoder must not take off a second BOM silently; the first was taken off above, and said.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, hadBom };
  } catch {
    const line = firstBadLine(bytes);
    return {
      ok: false,
      problem: `The file is not UTF-8 text (line ${line} has bytes that are not UTF-8). Save it as “CSV UTF-8” and upload it again.`,
    };
  }
}

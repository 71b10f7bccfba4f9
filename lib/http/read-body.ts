import 'server-only';

/** The most a JSON request body may hold. */
export const JSON_BODY_LIMIT = 1024 * 1024;
/** The most an uploaded file may hold. */
export const UPLOAD_BODY_LIMIT = 20 * 1024 * 1024;

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; response: Response };

function tooLarge(maxBytes: number): BodyRead {
  const megabytes = maxBytes / (1024 * 1024);
  return {
    ok: false,
    response: Response.json({ error: `The request body is larger than ${megabytes} MB, the most this endpoint accepts.` }, { status: 413 }),
  };
}

/** How much of a refused body is still read, and thrown away, after its 413 is sent. */
const DISCARDED_AFTER_REFUSAL = 64 * 1024 * 1024;

/**
 * Reads what is left of a refused body and throws it away, up to `DISCARDED_AFTER_REFUSAL`, while the 413 goes
 * out. A client that sends its whole body before it reads the answer (most do) then reads the 413 and its message,
 * instead of an error from writing into a connection the server has already torn down. A body declared larger than
 * that is not worth reading and is dropped at once.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, worthReading = true): Promise<void> {
  let discarded = 0;
  try {
    while (worthReading && discarded < DISCARDED_AFTER_REFUSAL) {
      const { done, value } = await reader.read();
      if (done) return;
      discarded += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client went away: nothing is left to read.
  }
}

/**
 * A request's body, read as it arrives and refused as soon as it passes `maxBytes` (a declared Content-Length
 * above the limit is refused before anything is read): a huge body is answered 413 without ever being held. The
 * rest of it is read and dropped while the answer goes out (`discardRest`).
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    if (request.body) void discardRest(request.body.getReader(), declared <= DISCARDED_AFTER_REFUSAL);
    return tooLarge(maxBytes);
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      void discardRest(reader);
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * A JSON body of at most `maxBytes`, decoded as strict UTF-8: the parsed value, or the 413 / 400 response that says
 * why not (too large, not UTF-8, not JSON).
 */
export async function readJsonBody(request: Request, maxBytes = JSON_BODY_LIMIT): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const read = await readLimitedBody(request, maxBytes);
  if (!read.ok) return read;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return { ok: false, response: Response.json({ error: 'The body is not valid UTF-8 text.' }, { status: 400 }) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: Response.json({ error: 'The body is not valid JSON.' }, { status: 400 }) };
  }
}

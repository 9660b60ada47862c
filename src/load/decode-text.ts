import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic } from "../model/make-diagnostic.js";

const fatalDecoder = new TextDecoder("utf-8", { fatal: true });

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Bytes to text. A leading BOM is dropped (editors on Windows write one); bad UTF-8 is reported where it starts. */
export function decodeText(file: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: fatalDecoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const at = positionOfByte(bytes, offset);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      diagnostic: makeDiagnostic(
        "not-utf8",
        file,
        at,
        `the file is not valid UTF-8: byte 0x${byte} at offset ${offset} does not start a valid character`,
        "Save the file as UTF-8 (most editors: 'Save with encoding' > UTF-8).",
      ),
    };
  }
}

/** Smallest prefix that fails to decode; invalidity is monotonic in the prefix length, so bisect. */
function firstInvalidByte(bytes: Uint8Array): number {
  const streaming = new TextDecoder("utf-8", { fatal: true });
  const fails = (length: number) => {
    try {
      streaming.decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    } finally {
      streaming.decode(); // reset the streaming state between probes
    }
  };
  let low = 0;
  let high = bytes.length;
  if (!fails(high)) return Math.max(0, bytes.length - 1); // only a truncated sequence at the very end
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (fails(mid)) high = mid;
    else low = mid;
  }
  return high - 1;
}

function positionOfByte(bytes: Uint8Array, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

import type { Diagnostic } from "../model/diagnostic.js";
import { makeDiagnostic } from "../model/make-diagnostic.js";

const fatalDecoder = new TextDecoder("utf-8", { fatal: true });
const lossyDecoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Bytes to text. A leading BOM is dropped (editors on Windows write one); bad UTF-8 is reported where it starts. */
export function decodeText(file: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: fatalDecoder.decode(bytes) };
  } catch {
    const { offset, line, column } = firstInvalidSequence(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      diagnostic: makeDiagnostic(
        "not-utf8",
        file,
        { line, column },
        `the file is not valid UTF-8: byte 0x${byte} at offset ${offset} does not start a valid character`,
        "Save the file as UTF-8 (most editors: 'Save with encoding' > UTF-8).",
      ),
    };
  }
}

/**
 * Where the first invalid byte sequence starts: the decoder replaces each one with U+FFFD, and a
 * U+FFFD that was not in the file as EF BF BD marks it. Columns count characters, as for YAML errors.
 */
function firstInvalidSequence(bytes: Uint8Array): { offset: number; line: number; column: number } {
  const text = lossyDecoder.decode(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let index = text.indexOf("\uFFFD"); index !== -1; index = text.indexOf("\uFFFD", index + 1)) {
    const before = text.slice(0, index);
    const offset = bom + encoder.encode(before).length;
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const lineStart = before.lastIndexOf("\n") + 1;
    return { offset, line: countNewlines(before) + 1, column: index - lineStart + 1 };
  }
  return { offset: Math.max(0, bytes.length - 1), line: 1, column: 1 };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

import { createInterface } from "node:readline/promises";
import type { TriageAnswers } from "../engine/triage/suggest.js";
import type { TriagePolicy, TriageQuestion } from "../schema/triage-policy.js";

/** How often a question is asked again after an answer it does not offer. */
const ATTEMPTS = 3;

/**
 * Asks each triage question on the terminal: an answer is its number or its id; an empty line
 * skips the question. Lines are read through an async iterator, which buffers them, so a
 * scripted input stream (tests, `printf ... |`) is read the same way as typing.
 */
export async function askTriage(policy: TriagePolicy, input: NodeJS.ReadableStream, output: { write(text: string): unknown }): Promise<TriageAnswers> {
  const lines = createInterface({ input, terminal: false });
  const iterator = lines[Symbol.asyncIterator]();
  const answers: Record<string, string> = {};
  try {
    for (const question of policy.questions) {
      const answer = await askOne(question, iterator, output);
      if (answer === null) break;
      if (answer !== undefined) answers[question.id] = answer;
    }
  } finally {
    lines.close();
  }
  return answers;
}

/** The option id chosen; undefined when skipped; null at the end of the input. */
async function askOne(question: TriageQuestion, lines: AsyncIterator<string>, output: { write(text: string): unknown }): Promise<string | undefined | null> {
  output.write(`\n${question.question}\n`);
  question.options.forEach((option, index) => output.write(`  ${String(index + 1)}) ${option.label}\n`));
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    output.write(`Answer 1-${String(question.options.length)} (empty to skip): `);
    const next = await lines.next();
    if (next.done === true) return null;
    const text = next.value.trim();
    if (text === "") return undefined;
    const byNumber = /^[0-9]+$/.test(text) ? question.options[Number(text) - 1] : undefined;
    const chosen = byNumber ?? question.options.find((option) => option.id === text);
    if (chosen) return chosen.id;
    output.write(`'${text}' is not one of the answers.\n`);
  }
  return undefined;
}

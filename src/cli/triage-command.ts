import { addCommonOptions, type CommonFlags } from "./incident-flags.js";
import { EXIT } from "./io.js";
import type { RegisterCommand } from "./register-command.js";

const DEFAULT_FLAGS = "--impact <total_outage|significant_degradation|minor_degradation|none>, --security-breach, --revenue-impact, --customers-affected, --customer-sla-affected";

/** `fireline triage`: the questions, and the severity the given answers suggest; writes nothing. */
export const registerTriage: RegisterCommand = (program, io, setExit) => {
  addCommonOptions(
    program
      .command("triage")
      .description("suggest a severity from triage answers (policies/severity.yaml triage:), and say why; writes nothing")
      .usage("[--<question> <answer>]... [options]")
      .allowUnknownOption()
      .allowExcessArguments(),
  )
    .addHelpText(
      "after",
      `\nAnswers are flags named after the questions: a yes/no question takes a bare flag (yes) or --no-<question>.` +
        `\nThe default questions: ${DEFAULT_FLAGS}.` +
        `\nWithout answers it lists the questions.\n\nExample:\n  fireline triage --impact significant_degradation --revenue-impact`,
    )
    .action(async (flags: CommonFlags, command: { args: string[] }) => {
      const { triageFromFlags } = await import("./triage-run.js");
      const { context, answers, suggestion } = await triageFromFlags(io, flags.dir, command.args);
      if (flags.format === "json") {
        io.stdout.write(`${JSON.stringify({ questions: context.policy.questions, answers, suggestion }, null, 2)}\n`);
      } else {
        const { flagSyntax } = await import("./triage-flags.js");
        const { renderQuestions, renderSuggestion } = await import("../render/triage-text.js");
        const source = context.own ? "policies/severity.yaml" : "built-in defaults after seeds 002 and 004";
        io.stdout.write(
          Object.keys(answers).length === 0
            ? renderQuestions({ policy: context.policy, names: context.names, source, flags: flagSyntax(context.policy) })
            : renderSuggestion(suggestion, context.names),
        );
      }
      setExit(EXIT.ok);
    });
};

import { MemoryFileSource } from "../../src/adapters/memory-file-source.js";
import { MINIMAL_WORKSPACE } from "../helpers/minimal-workspace.js";

/**
 * Payloads that try to run script through every way text reaches the page: raw HTML, event
 * handlers, SVG, javascript: and data: links, markdown link and image tricks, template syntax,
 * and breaking out of attributes, CDATA and comments. Each calls alert(), so a browser test can
 * listen for dialogs.
 */
export const XSS_PAYLOADS: readonly string[] = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<svg><a xlink:href=\"javascript:alert(1)\"><text y=\"20\">svg link</text></a></svg>",
  "[markdown link](javascript:alert(1))",
  "[mixed case](JaVaScRiPt:alert(1))",
  "[entity](&#106;avascript:alert(1))",
  "[colon entity](javascript&colon;alert(1))",
  "[spaced]( javascript:alert(1) )",
  "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![image](javascript:alert(1))",
  "![x\" onerror=\"alert(1)](https://example.com/x.png)",
  "[title trick](https://example.com \"t\\\" onmouseover=\\\"alert(1)\")",
  "<a href=\"javascript:alert(1)\">raw link</a>",
  "<a href=\"https://example.com\" onclick=\"alert(1)\">handler</a>",
  "\"><script>alert(1)</script>",
  "'><img src=x onerror=alert(1)>",
  "<iframe src=\"javascript:alert(1)\"></iframe>",
  "<details open ontoggle=alert(1)>x</details>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<object data=\"javascript:alert(1)\"></object>",
  "<embed src=\"javascript:alert(1)\">",
  "<base href=\"javascript:alert(1)//\">",
  "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
  "<form action=\"javascript:alert(1)\"><button>go</button></form>",
  "<style>body{background:url(javascript:alert(1))}</style>",
  "<!--<script>alert(1)</script>-->",
  "]]><script>alert(1)</script><![CDATA[",
  "{{constructor.constructor('alert(1)')()}}",
  "{{{layout.csp}}}<script>alert(1)</script>",
  "www.example.com/<script>alert(1)</script>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "javascript:alert(1)",
];

const yaml = (text: string) => JSON.stringify(text);
const all = (separator = " ") => XSS_PAYLOADS.join(separator);

/**
 * The minimal workspace with payloads in every text field that reaches the status page: names,
 * descriptions, titles, update messages, maintenance notes, the postmortem summary.
 */
export function xssWorkspace(): MemoryFileSource {
  const files = new MemoryFileSource(MINIMAL_WORKSPACE);
  files.set("fireline.yaml", `organization:
  name: ${yaml(`Org ${XSS_PAYLOADS[0] ?? ""}`)}
  time_zone: Europe/Berlin
status_page:
  title: ${yaml(`Status ${XSS_PAYLOADS[1] ?? ""}`)}
  url: https://status.test/
  description: ${yaml(all())}
  component_groups:
    - name: ${yaml(`Group ${XSS_PAYLOADS[2] ?? ""}`)}
      services: [api, web]
`);
  files.set("services.yaml", `services:
  api:
    name: ${yaml(`API ${XSS_PAYLOADS[3] ?? ""}`)}
    description: ${yaml(all())}
    team: core
    escalation_policy: core-critical
    public: true
  web:
    name: ${yaml(`Web ${XSS_PAYLOADS[16] ?? ""}`)}
    team: core
    escalation_policy: core-critical
    public: true
`);
  const updates = XSS_PAYLOADS.map((payload, i) => {
    const minute = String(20 + i).padStart(2, "0");
    return `  - at: 2026-03-03T09:${minute}:00Z\n    status: ${i === XSS_PAYLOADS.length - 1 ? "resolved" : "identified"}\n    public: true\n    message: ${yaml(`Update ${String(i)}: ${payload}\n\n${payload}`)}\n`;
  });
  files.set("incidents/2026-03-03-api-errors/incident.yaml", `title: ${yaml(`Incident ${XSS_PAYLOADS[0] ?? ""} ${XSS_PAYLOADS[17] ?? ""}`.slice(0, 200))}
severity: sev2
status: resolved
public: true
services:
  api: partial_outage
  web: major_outage
roles:
  commander: alice
started_at: 2026-03-03T09:12:00Z
resolved_at: 2026-03-03T10:40:00Z
updates:
${updates.join("")}`);
  files.set("incidents/2026-03-04-open-one/incident.yaml", `title: ${yaml(XSS_PAYLOADS[12] ?? "")}
severity: sev3
status: investigating
public: true
services:
  web: degraded_performance
started_at: 2026-03-04T09:00:00Z
updates:
  - at: 2026-03-04T09:05:00Z
    status: investigating
    public: true
    message: ${yaml(all("\n\n"))}
`);
  files.set("maintenance/2026-04-01-db-upgrade.yaml", `title: ${yaml(`Window ${XSS_PAYLOADS[4] ?? ""}`)}
description: ${yaml(all("\n\n"))}
public: true
services:
  api: degraded_performance
starts_at: 2026-03-05T06:00:00Z
ends_at: 2026-03-05T07:00:00Z
updates:
  - at: 2026-03-01T06:00:00Z
    message: ${yaml(all("\n\n"))}
`);
  return files;
}

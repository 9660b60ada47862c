import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  path: string;
  contentType: string;
  body: string;
}

/**
 * An HTTP server on 127.0.0.1 that answers each request with the next reply in `replies`
 * (the last one repeats) and records what it received. `hang` never answers.
 */
export async function loopbackServer(replies: ({ status: number; body?: string; headers?: Record<string, string> } | "hang")[]) {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ method: request.method ?? "", path: request.url ?? "", contentType: request.headers["content-type"] ?? "", body });
      const reply = replies[Math.min(received.length - 1, replies.length - 1)] ?? { status: 200 };
      if (reply === "hang") {
        hanging.push(response);
        return;
      }
      response.writeHead(reply.status, { "content-type": "text/plain", ...reply.headers });
      response.end(reply.body ?? "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** Shaped like a Slack webhook URL, secret parts included, so redaction can be checked. */
    url: `http://127.0.0.1:${port}/services/T0SECRET01/B0SECRET02/xoxSecretToken123`,
    received,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

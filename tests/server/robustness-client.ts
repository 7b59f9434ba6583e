// A raw HTTP client for the robustness and fuzz tests: sends bytes exactly as given (supertest
// re-serializes Buffers under a JSON Content-Type) to an app listening on an ephemeral loopback port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** What came back. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The parsed JSON body, or undefined when it is not JSON. */
  body: unknown;
}

/** A listening app; `close` stops it by its own handle. */
export interface Listening {
  port: number;
  send(method: string, path: string, headers?: Record<string, string>, body?: Buffer | string): Promise<RawResponse>;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 with a free port. */
export async function listen(app: Express): Promise<Listening> {
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // a fresh connection per request: an answer can never be read off a connection an earlier case spoiled
  const agent = new http.Agent({ keepAlive: false });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    send: (method, path, headers = {}, body) => new Promise((resolve, reject) => {
      // an explicit Content-Length: Node sends a DELETE's body unframed otherwise, and the server reads it as a next request
      const framed = body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) };
      const req = http.request({ host: '127.0.0.1', port, method, path, headers: framed, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = /json/.test(res.headers['content-type'] ?? '') ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode!, headers: res.headers, text, body: parsed });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    }),
    close: () => new Promise<void>((resolve) => {
      agent.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

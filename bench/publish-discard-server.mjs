#!/usr/bin/env node
// A loopback upload target that reads every byte of every request body and only then answers 200
// (404 to anything else), writing `POST <bytes>` per upload to LOG. nginx's `return 200` answers
// before it has read the body (and discards the rest afterwards), and making nginx buffer whole bodies
// cost it about 0.3 s of its own CPU per 50 MiB here, more than the clients being compared.
//   node bench/publish-discard-server.mjs PORT LOG
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, log] = process.argv.slice(2);
createServer((req, res) => {
  let bytes = 0;
  req.on('data', (chunk) => {
    bytes += chunk.length;
  });
  req.on('end', () => {
    if (req.method === 'POST') appendFileSync(log, `POST ${bytes}\n`);
    res.writeHead(req.method === 'POST' ? 200 : 404, { 'content-length': '0' });
    res.end();
  });
}).listen(Number(port), '127.0.0.1', () => process.stdout.write(`listening on ${port}\n`));

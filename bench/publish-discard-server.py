#!/usr/bin/env python3
"""A loopback upload target that reads every byte of every request body and only then answers.

POST gets 200 (and a line `POST <bytes>` in LOG), anything else 404; HTTP/1.1 keep-alive, bodies
with Content-Length (what twine and otai-release send). It reads with recv_into into one 1 MiB
buffer per connection, so it costs little CPU: the clients being compared share the machine's cores
with it, while a real index runs elsewhere.

    python3 bench/publish-discard-server.py PORT LOG
"""
import socket
import sys
import threading

port, log_path = int(sys.argv[1]), sys.argv[2]
log_lock = threading.Lock()


def serve(conn: socket.socket) -> None:
    sink = memoryview(bytearray(1 << 20))
    pending = b""
    with conn:
        while True:
            while b"\r\n\r\n" not in pending:
                data = conn.recv(65536)
                if not data:
                    return
                pending += data
            head, _, rest = pending.partition(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            method = lines[0].split(b" ", 1)[0]
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            pending = rest[length:]
            remaining = length - min(len(rest), length)
            while remaining:
                n = conn.recv_into(sink, min(remaining, len(sink)))
                if n == 0:
                    return
                remaining -= n
            if method == b"POST":
                with log_lock, open(log_path, "a") as log:
                    log.write(f"POST {length}\n")
                conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
            else:
                conn.sendall(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n")


listener = socket.create_server(("127.0.0.1", port), backlog=64)
print(f"listening on {port}", flush=True)
while True:
    conn, _ = listener.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()

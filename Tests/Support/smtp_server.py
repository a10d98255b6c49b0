#!/usr/bin/env python3
"""A real SMTP server on loopback for kcreport's tests (aiosmtpd).

    smtp_server.py serve --spool DIR [--mode MODE] [--cert PEM --key PEM] [--user U --password P] [--size-limit N]
    smtp_server.py parse FILE.eml

`serve` prints "READY <port>" once it listens on 127.0.0.1, writes every accepted
message to DIR/<n>.eml with DIR/<n>.json (envelope, TLS, login, and the message as
Python's email package reads it), and exits when its standard input closes or after
--lifetime seconds. Modes:

    accept     accept everything
    reject     reject every recipient with 550
    tempfail   answer 451 to the first --failures DATA commands, then accept
    auth       require AUTH (PLAIN/LOGIN) with --user/--password (over plain SMTP on loopback)
    starttls   require STARTTLS with --cert/--key
    drop       close the connection after the first DATA, then accept

`parse` prints the same summary for a saved .eml.
"""
import argparse
import hashlib
import json
import os
import socket
import ssl
import stat
import sys
import threading
import time
from email import policy
from email.parser import BytesParser


def summary(raw: bytes) -> dict:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    parts = []
    attachments = []
    inline = []
    for part in msg.walk():
        parts.append(part.get_content_type())
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        if disposition in ("attachment", "inline") and not part.get_content_type().startswith("text/"):
            payload = part.get_payload(decode=True) or b""
            entry = {
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "content_id": part.get("Content-ID"),
                "sha256": hashlib.sha256(payload).hexdigest(),
                "size": len(payload),
                "max_line": max((len(line) for line in part.get_payload().splitlines()), default=0),
            }
            (attachments if disposition == "attachment" else inline).append(entry)
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    raw_lines = raw.split(b"\r\n")
    return {
        "subject": str(msg["subject"]),
        "from": str(msg["from"]),
        "to": str(msg["to"]) if msg["to"] else None,
        "cc": str(msg["cc"]) if msg["cc"] else None,
        "has_bcc_header": msg["bcc"] is not None,
        "date": str(msg["date"]),
        "message_id": str(msg["message-id"]),
        "mime_version": str(msg["mime-version"]),
        "content_type": msg.get_content_type(),
        "parts": parts,
        "text": plain.get_content() if plain is not None else None,
        "html": html.get_content() if html is not None else None,
        "attachments": attachments,
        "inline": inline,
        "defects": [str(d) for d in msg.defects] + [str(d) for p in msg.walk() for d in p.defects],
        "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        "longest_line": max(len(line) for line in raw_lines),
        "raw_subject": next((line.decode("ascii", "replace") for line in raw_lines if line.startswith(b"Subject:")), None),
    }


class Handler:
    def __init__(self, spool, mode, failures):
        self.spool = spool
        self.mode = mode
        self.failures = failures
        self.count = 0
        self.data_commands = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.mode == "reject":
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.data_commands += 1
            attempt = self.data_commands
            self._note("data_commands", attempt)
        if self.mode == "tempfail" and attempt <= self.failures:
            return "451 4.3.0 Mailbox temporarily unavailable, try again later"
        if self.mode == "drop" and attempt <= self.failures:
            session.transport.close() if hasattr(session, "transport") else None
            server.transport.close()
            return "421 4.4.2 Connection dropped"
        with self.lock:
            self.count += 1
            n = self.count
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        with open(os.path.join(self.spool, "%d.eml" % n), "wb") as f:
            f.write(raw)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "login": (session.auth_data.login.decode() if getattr(session, "auth_data", None) is not None and hasattr(session.auth_data, "login") else None),
            "message": summary(raw),
        }
        tmp = os.path.join(self.spool, ".%d.json" % n)
        with open(tmp, "w") as f:
            json.dump(record, f, indent=1)
        os.rename(tmp, os.path.join(self.spool, "%d.json" % n))
        return "250 2.0.0 Ok: queued as KC%04d" % n

    def _note(self, key, value):
        path = os.path.join(self.spool, "stats.json")
        try:
            with open(path) as f:
                stats = json.load(f)
        except (OSError, ValueError):
            stats = {}
        stats[key] = value
        with open(path + ".tmp", "w") as f:
            json.dump(stats, f)
        os.rename(path + ".tmp", path)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(args):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    os.makedirs(args.spool, exist_ok=True)
    handler = Handler(args.spool, args.mode, args.failures)
    params = {"data_size_limit": args.size_limit}
    if args.mode == "starttls":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        params.update(tls_context=context, require_starttls=True)
    if args.mode == "auth":
        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
            return AuthResult(success=ok, handled=False, auth_data=auth_data)
        params.update(auth_required=True, auth_require_tls=False, authenticator=authenticator)
    port = args.port or free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **params)
    controller.start()
    print("READY %d" % port, flush=True)

    def watch_stdin():
        try:
            sys.stdin.read()
        finally:
            os._exit(0)

    # Exit with the test that started us: its end closes our standard input (a pipe).
    if stat.S_ISFIFO(os.fstat(0).st_mode):
        threading.Thread(target=watch_stdin, daemon=True).start()
    time.sleep(args.lifetime)
    controller.stop()


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--spool", required=True)
    s.add_argument("--mode", default="accept", choices=["accept", "reject", "tempfail", "auth", "starttls", "drop"])
    s.add_argument("--port", type=int, default=0)
    s.add_argument("--failures", type=int, default=1)
    s.add_argument("--cert")
    s.add_argument("--key")
    s.add_argument("--user")
    s.add_argument("--password")
    s.add_argument("--size-limit", type=int, default=33554432)
    s.add_argument("--lifetime", type=float, default=300)
    p = sub.add_parser("parse")
    p.add_argument("file")
    args = parser.parse_args()
    if args.command == "serve":
        serve(args)
    else:
        with open(args.file, "rb") as f:
            print(json.dumps(summary(f.read()), indent=1))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for camtrack's mail tests (Debian's python3-aiosmtpd).

STARTTLS (or implicit TLS) with a throwaway certificate, AUTH LOGIN/PLAIN required, every accepted
message saved as N.eml plus N.json (envelope, decoded subject, MIME parts, attachments). Prints
"PORT <n>" once listening, and "RCPT <k>" for each recipient command (so tests can kill a client
mid-send). Run with /usr/bin/python3.
"""
import argparse
import asyncio
import email
import email.header
import email.policy
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def summarise(raw: bytes, envelope) -> dict:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts, attachments = [], []
    for part in msg.walk():
        parts.append(part.get_content_type())
        if part.get_content_disposition() == "attachment":
            payload = part.get_payload(decode=True) or b""
            attachments.append({"filename": part.get_filename(), "content_type": part.get_content_type(),
                                "size": len(payload), "pdf_magic": payload.startswith(b"%PDF-")})
    texts = {}
    for kind in ("plain", "html"):
        body = msg.get_body(preferencelist=(kind,))
        if body is not None:
            texts[kind] = body.get_content()
    return {"mail_from": envelope.mail_from, "rcpt_tos": list(envelope.rcpt_tos),
            "subject": str(msg["Subject"]), "message_id": str(msg["Message-ID"]),
            "from": str(msg["From"]), "to": str(msg["To"]), "parts": parts, "attachments": attachments,
            "text": texts.get("plain", ""), "html": texts.get("html", "")}


class Handler:
    def __init__(self, args):
        self.args = args
        self.rcpt_count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpt_count += 1
        print(f"RCPT {self.rcpt_count}", flush=True)
        if self.args.slow_rcpt > 0:
            await asyncio.sleep(self.args.slow_rcpt)
        if address in self.args.reject:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        existing = [f for f in os.listdir(self.args.dir) if f.endswith(".eml")]
        base = os.path.join(self.args.dir, f"{len(existing) + 1:04d}")
        for suffix, data in ((".json", json.dumps(summarise(raw, envelope), ensure_ascii=False).encode()),
                             (".eml", raw)):
            with open(base + suffix + ".tmp", "wb") as f:
                f.write(data)
            os.rename(base + suffix + ".tmp", base + suffix)
        print(f"SAVED {base}.eml", flush=True)
        return "250 2.0.0 Message accepted"


def authenticator(user: str, password: str):
    def check(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == user.encode() and \
            auth_data.password == password.encode()
        return AuthResult(success=ok, handled=False)
    return check


async def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--user", default="camtrack")
    p.add_argument("--password", default="secret")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--implicit-tls", action="store_true")
    p.add_argument("--slow-rcpt", type=float, default=0.0)
    p.add_argument("--reject", action="append", default=[])
    args = p.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    handler = Handler(args)

    def factory():
        return SMTP(handler, hostname="camtrack-test", auth_required=True,
                    authenticator=authenticator(args.user, args.password),
                    tls_context=None if args.implicit_tls else context,
                    require_starttls=not args.implicit_tls, auth_require_tls=not args.implicit_tls)

    loop = asyncio.get_running_loop()
    server = await loop.create_server(factory, host="127.0.0.1", port=args.port,
                                      ssl=context if args.implicit_tls else None)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)

"""Deterministic benchmark mailboxes: realistic-looking RFC 5322 messages from a seeded PRNG.

The same seed and count always give byte-identical files. Two shapes:

- ``mixed``: the download mailbox. Mostly plain-text mail of a few KB, some HTML newsletters
  (multipart/alternative, quoted-printable), some messages with 20-120 KB base64 attachments,
  and one ~1 MB attachment per 400 messages: 2,000 messages come to about 25 MB.
- ``small``: the listing mailbox. Short plain-text messages (1-3 KB).

Files are written as NNNNN.eml with LF line endings (maildir's own), in message order.
Run as a script: ``python3 mailgen.py mixed 2000 DIR``.
"""

import base64
import datetime
import os
import random
import sys

WORDS = (
    "the of and to in is that for it as was with be by on not he this are or his from at which but have "
    "an they you were her she there been one all we their has would when if so no will more can out "
    "about up them some could into than other time these two may then do first any now such like our "
    "over also new just only after most where made well back year through people between should because "
    "meeting report budget server release version patch invoice shipment schedule quarter review draft "
    "project deadline customer support ticket backup storage network mailbox download attachment thanks "
    "regards please attached below update change config build test failure success weekend holiday"
).split()
FIRST = "Alice Bob Carol Dave Erin Frank Grace Heidi Ivan Judy Mallory Niaj Olivia Peggy Rupert Sybil Trent Victor Walter Zoë".split()
LAST = "Smith Jones Müller García Rossi Novak Kowalski Dubois Johansson Nakamura Okafor Silva Tanaka Ivanova".split()
DOMAINS = "example.org example.net example.com mail.example.org lists.example.net shop.example.com".split()
MAILERS = ("Poplar-Bench/1.0", "Thunderbird 115.5", "Mutt/2.2.9", "Apple Mail (2.3731)", "Outlook 16.0")
ATTACHMENTS = (("application/pdf", "pdf"), ("image/jpeg", "jpg"), ("application/zip", "zip"),
               ("image/png", "png"), ("application/vnd.oasis.opendocument.text", "odt"))


def _address(rng):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = (first + "." + last).lower().replace("ü", "ue").replace("ë", "e").replace("í", "i")
    return first, last, f"{local}@{rng.choice(DOMAINS)}"


def _encoded_word(text):
    """An RFC 2047 word when the text is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(text.encode()).decode() + "?="


def _sentence(rng, low=6, high=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + rng.choice(".....?!")


def _paragraphs(rng, target_bytes):
    """Wrapped text of about target_bytes, now and then a line starting with a dot."""
    lines, size, line = [], 0, ""
    while size < target_bytes:
        for word in _sentence(rng).split():
            if len(line) + len(word) + 1 > 72:
                lines.append(line)
                size += len(line) + 1
                line = ""
            line = f"{line} {word}" if line else word
        if rng.random() < 0.25:
            lines.extend([line, ""])
            size += len(line) + 2
            line = ""
        if rng.random() < 0.02:
            lines.append(". " + _sentence(rng, 3, 6))  # POP3 must dot-stuff this line
    lines.append(line)
    return "\n".join(lines) + "\n"


def _quoted_printable_html(rng, target_bytes):
    rows = []
    size = 0
    while size < target_bytes:
        row = (f'<tr><td style=3D"padding:8px;font-family:sans-serif">{_sentence(rng)}</td>'
               f'<td style=3D"color:#336699">{rng.randint(1, 999)},{rng.randint(10, 99)} =E2=82=AC</td></tr>')
        while len(row) > 74:  # soft line breaks keep QP lines under 76
            rows.append(row[:74] + "=")
            row = row[74:]
        rows.append(row)
        size += sum(len(r) + 1 for r in rows[-3:])
    return "<html><body><table>\n" + "\n".join(rows) + "\n</table></body></html>\n"


def _base64_lines(data):
    text = base64.b64encode(data).decode()
    return "\n".join(text[i:i + 76] for i in range(0, len(text), 76)) + "\n"


def _headers(rng, number, when, content_type, extra=()):
    first, last, sender = _address(rng)
    _, _, recipient = _address(rng)
    subject = _sentence(rng, 3, 9).rstrip(".?!")
    if rng.random() < 0.15:
        subject = rng.choice(("Grüße aus Köln: ", "Réunion: ", "Отчёт: ", "会議: ")) + subject
    if rng.random() < 0.2:
        subject = "Re: " + subject
    lines = [
        f"Return-Path: <{sender}>",
        f"Received: from mx{rng.randint(1, 9)}.{rng.choice(DOMAINS)} (mx.{rng.choice(DOMAINS)} "
        f"[192.0.2.{rng.randint(1, 254)}])\n\tby pop.example.org with ESMTPS id {rng.getrandbits(48):012x}\n"
        f"\tfor <{recipient}>; {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}",
        f"Message-ID: <{number:06d}.{rng.getrandbits(40):010x}@{sender.split('@')[1]}>",
        f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}",
        f"From: {_encoded_word(first + ' ' + last)} <{sender}>",
        f"To: {recipient}",
        f"Subject: {_encoded_word(subject)}",
        "MIME-Version: 1.0",
        f"X-Mailer: {rng.choice(MAILERS)}",
        *extra,
        f"Content-Type: {content_type}",
    ]
    return "\n".join(lines) + "\n"


def _plain(rng, number, when, body_bytes):
    return _headers(rng, number, when, "text/plain; charset=utf-8; format=flowed",
                    ("Content-Transfer-Encoding: 8bit",)) + "\n" + _paragraphs(rng, body_bytes)


def _newsletter(rng, number, when, body_bytes):
    boundary = f"=_alt_{rng.getrandbits(64):016x}"
    return (_headers(rng, number, when, f'multipart/alternative; boundary="{boundary}"',
                     ("List-Unsubscribe: <mailto:unsubscribe@lists.example.net>",))
            + f"\nThis is a multi-part message in MIME format.\n\n--{boundary}\n"
            + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + _paragraphs(rng, body_bytes // 4)
            + f"\n--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            + "Content-Transfer-Encoding: quoted-printable\n\n"
            + _quoted_printable_html(rng, body_bytes * 3 // 4)
            + f"\n--{boundary}--\n")


def _with_attachment(rng, number, when, attachment_bytes):
    boundary = f"=_mixed_{rng.getrandbits(64):016x}"
    mime, extension = rng.choice(ATTACHMENTS)
    name = f"{rng.choice(WORDS)}-{rng.randint(1, 99):02d}.{extension}"
    return (_headers(rng, number, when, f'multipart/mixed; boundary="{boundary}"')
            + f"\nThis is a multi-part message in MIME format.\n\n--{boundary}\n"
            + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + _paragraphs(rng, rng.randint(300, 2500))
            + f"\n--{boundary}\nContent-Type: {mime}; name=\"{name}\"\n"
            + f"Content-Disposition: attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n"
            + _base64_lines(rng.randbytes(attachment_bytes))
            + f"--{boundary}--\n")


def message(rng, number, shape, count):
    """Message `number` (1-based) of a mailbox of `count` messages of the given shape."""
    when = datetime.datetime(2024, 1, 1) + datetime.timedelta(minutes=number * 37 + rng.randint(0, 30))
    if shape == "small":
        return _plain(rng, number, when, rng.randint(300, 2000))
    # One large attachment (~1 MB once base64-encoded) per 400 messages, spread out.
    if number % 400 == 200:
        return _with_attachment(rng, number, when, rng.randint(740_000, 790_000))
    roll = rng.random()
    if roll < 0.055:
        return _with_attachment(rng, number, when, rng.randint(15_000, 85_000))
    if roll < 0.175:
        return _newsletter(rng, number, when, rng.randint(6_000, 24_000))
    # Plain mail: mostly short, with a long tail.
    return _plain(rng, number, when, min(60_000, int(rng.lognormvariate(8.0, 0.8))))


def generate(directory, shape, count, seed=20240601):
    """Writes the mailbox into `directory` (created); returns (messages, total bytes)."""
    if shape not in ("mixed", "small"):
        raise ValueError(f"unknown mailbox shape {shape!r}")
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(f"{seed}-{shape}")
    total = 0
    for number in range(1, count + 1):
        data = message(rng, number, shape, count).encode()
        with open(os.path.join(directory, f"{number:05d}.eml"), "wb") as out:
            out.write(data)
        total += len(data)
    return count, total


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: mailgen.py mixed|small COUNT DIR")
    n, size = generate(sys.argv[3], sys.argv[1], int(sys.argv[2]))
    print(f"{n} messages, {size / 1e6:.1f} MB in {sys.argv[3]}")

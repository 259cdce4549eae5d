"""A one-page PDF encrypted with the standard security handler (RC4, 128-bit, revision 3).

Written by hand (ISO 32000-1, 7.6.3, algorithms 2, 3 and 5) so that the bytes are
reproducible and no PDF library is needed at generation time.
"""

from __future__ import annotations

import hashlib

PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
KEY_LENGTH = 16
PERMISSIONS = -3904  # printing and copying not allowed; opening still needs the user password


def rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def _pad(password: str) -> bytes:
    return (password.encode("latin-1") + PADDING)[:32]


def _rc4_twenty_rounds(key: bytes, data: bytes) -> bytes:
    data = rc4(key, data)
    for round_ in range(1, 20):
        data = rc4(bytes(b ^ round_ for b in key), data)
    return data


def _owner_entry(owner: str, user: str) -> bytes:
    digest = hashlib.md5(_pad(owner)).digest()
    for _ in range(50):
        digest = hashlib.md5(digest).digest()
    return _rc4_twenty_rounds(digest[:KEY_LENGTH], _pad(user))


def _file_key(user: str, owner_entry: bytes, file_id: bytes) -> bytes:
    permissions = (PERMISSIONS & 0xFFFFFFFF).to_bytes(4, "little")
    digest = hashlib.md5(_pad(user) + owner_entry + permissions + file_id).digest()
    for _ in range(50):
        digest = hashlib.md5(digest[:KEY_LENGTH]).digest()
    return digest[:KEY_LENGTH]


def _user_entry(key: bytes, file_id: bytes) -> bytes:
    return _rc4_twenty_rounds(key, hashlib.md5(PADDING + file_id).digest()) + bytes(16)


def _object_key(key: bytes, number: int) -> bytes:
    return hashlib.md5(key + number.to_bytes(3, "little") + b"\x00\x00").digest()[: KEY_LENGTH + 5]


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def encrypted_pdf(lines: list[str], user_password: str, owner_password: str, seed: str) -> bytes:
    file_id = hashlib.md5(seed.encode()).digest()
    owner_entry = _owner_entry(owner_password, user_password)
    key = _file_key(user_password, owner_entry, file_id)
    content = b"BT /F1 11 Tf 14 TL 72 770 Td\n"
    content += b"".join(b"(" + _escape(line) + b") Tj T*\n" for line in lines) + b"ET"
    stream = rc4(_object_key(key, 5), content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P %d /O <%s> /U <%s> >>"
        % (PERMISSIONS, owner_entry.hex().upper().encode(), _user_entry(key, file_id).hex().upper().encode()),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    file_hex = file_id.hex().upper().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] >>\n" % (
        len(objects) + 1,
        file_hex,
        file_hex,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)

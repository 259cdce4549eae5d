"""A real OpenLDAP `slapd` (Debian packages slapd, ldap-utils) for the sign-in tests: a
throwaway configuration and database under a temporary folder, the test council's people and
groups (tests/directory/) loaded with `ldapadd` over StartTLS, listening on loopback ports for
`ldap://` (StartTLS) and `ldaps://`, under the tests' own certificate authority."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from tests.model_servers import free_port
from tests.tls_ca import Pki, make_pki

HERE = Path(__file__).parent / "directory"
SLAPD = "/usr/sbin/slapd"
BASE_DN = "dc=council,dc=test"
SERVICE_DN = "cn=ehcp-service,ou=services,dc=council,dc=test"
SERVICE_PASSWORD = "Service-Pass-7"
PASSWORD = "Directory-Pass-42"
ROOT_DN = "cn=root,dc=council,dc=test"
ROOT_PASSWORD = "Root-Pass-9"


def available() -> bool:
    return Path(SLAPD).exists() and shutil.which("ldapadd") is not None


class Slapd:
    def __init__(self, folder: Path, hosts: tuple[str, ...] = ("127.0.0.1",)) -> None:
        self.folder = folder
        self.port, self.tls_port = free_port(), free_port()
        self.pki: Pki = make_pki(folder, hosts=hosts)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"ldap://127.0.0.1:{self.port}"

    @property
    def ldaps_url(self) -> str:
        return f"ldaps://127.0.0.1:{self.tls_port}"

    def _fill(self, template: str, target: Path) -> Path:
        text = (HERE / template).read_text(encoding="utf-8")
        for key, value in {
            "@DIR@": str(self.folder),
            "@ROOTPW@": ROOT_PASSWORD,
            "@PASSWORD@": PASSWORD,
            "@SERVICE_PASSWORD@": SERVICE_PASSWORD,
        }.items():
            text = text.replace(key, value)
        target.write_text(text, encoding="utf-8")
        return target

    def start(self, timeout: float = 30.0) -> Slapd:
        (self.folder / "db").mkdir(exist_ok=True)
        conf = self._fill("slapd.conf", self.folder / "slapd.conf")
        listen = f"ldap://127.0.0.1:{self.port}/ ldaps://127.0.0.1:{self.tls_port}/"
        self.process = subprocess.Popen(
            [SLAPD, "-f", str(conf), "-h", listen, "-d", "0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"slapd exited: {self.process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("slapd did not start") from None
                time.sleep(0.1)
        self._load()
        return self

    def _load(self) -> None:
        ldif = self._fill("council.ldif", self.folder / "council.ldif")
        env = {**os.environ, "LDAPTLS_CACERT": str(self.pki.ca_file), "LDAPTLS_REQCERT": "demand"}
        subprocess.run(
            ["ldapadd", "-x", "-ZZ", "-H", self.url, "-D", ROOT_DN, "-w", ROOT_PASSWORD, "-f", str(ldif)],
            env=env,
            check=True,
            capture_output=True,
            timeout=30,
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> Slapd:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

#!/usr/bin/env bash
# System packages the appliance uses, from Debian: Tesseract for scanned PDFs (runtime);
# Chromium for the browser tests, LibreOffice to check the Word export, OpenLDAP's slapd and
# ldap-utils for the directory sign-in tests (tests only).
set -euo pipefail
what="${1:-runtime}"
packages=(tesseract-ocr tesseract-ocr-eng)
if [ "$what" = "test" ]; then
  packages+=(chromium libreoffice-writer-nogui poppler-utils fonts-liberation slapd ldap-utils)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
if ! command -v apt-get >/dev/null; then
  echo "Please install: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null || true
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null

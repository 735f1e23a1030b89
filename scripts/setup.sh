#!/usr/bin/env bash
# Sets up everything the kiosk needs on a Debian 12 machine: apt packages, .venv, the install.
# Idempotent and quick when nothing changed (stamp files). Run as root or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # PC/SC stack and the virtual reader used by the card emulator
  pcscd libpcsclite-dev swig vsmartcard-vpcd pcsc-tools
  # what Qt's xcb/offscreen/EGL platforms need on a minimal Debian
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libfontconfig1 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core fonts-noto-core
  # emoji in back-end text (issue #16 item 9): the colour emoji font Qt falls back to (ui/theme.py)
  fonts-noto-color-emoji
  # virtual display for screenshots and the demo on a headless machine
  xvfb xauth x11-utils imagemagick
  # build tools for wheels that compile (pyscard)
  build-essential python3-dev python3-venv
  # libusb for pyusb, speech engine for QtTextToSpeech
  libusb-1.0-0 speech-dispatcher espeak-ng
  # speech-dispatcher's espeak-ng module: without it speechd has no voice at all, and with it
  # en/es/fr/ar each get a voice of their own (ui/speech.py, issue #16 item 12)
  speech-dispatcher-espeak-ng
  # systemd-creds: sealed kiosk secrets (kiosk/security/credentials.py, tests/kiosk/security/test_credentials.py);
  # a software TPM and the TSS libraries systemd loads, for the TPM2-sealed test
  systemd swtpm swtpm-tools tpm2-tools libtss2-tcti-swtpm0 libtss2-esys-3.0.2-0 libtss2-rc0
  libtss2-mu0
  # strace: the test that kiosk run calls nothing kiosk.service's SystemCallFilter denies
  strace
  # the city fleet (issue #18): the broker and Prometheus (promtool) the fleet tests run,
  # and Alertmanager (amtool checks deploy/alertmanager/alertmanager.yml)
  mosquitto prometheus prometheus-alertmanager
  # the Debian package and the signed repository (make package, make repo, tests/packaging):
  # dpkg's build tools, lintian, aptly, GnuPG, apt, and unshare (util-linux) for building the
  # release's venv at its final path; python3-venv (above) for the venv on Debian's python3
  dpkg-dev lintian aptly gnupg gpgv apt util-linux
)

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing apt packages: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing the kiosk and its pinned dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade "pip==25.3"
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
# bytecode for the project's own modules (an editable install compiles nothing; pip does it for a
# regular install): start-up then reads .pyc instead of compiling ~100 modules, even where
# PYTHONDONTWRITEBYTECODE is set. Only changed files are compiled again.
.venv/bin/python -m compileall -q -j 0 civic kiosk drivers ui offline_queue provisioning bench >/dev/null

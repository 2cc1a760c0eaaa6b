#!/usr/bin/env bash
# Installs every Debian package CET Desk needs to build, run and test. Idempotent: it only
# calls apt-get when something is missing, so a second run costs a few dpkg queries.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev qt6-pdf-dev libqt6opengl6-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n
  qtkeychain-qt6-dev libxlsxwriter-dev libzip-dev libsodium-dev libsqlite3-dev sqlite3 libpq-dev
  breeze-icon-theme breeze-icon-theme-rcc
  xvfb xauth imagemagick fonts-noto-cjk
  dpkg-dev file
  clang libclang-rt-14-dev
  postgresql librapidcheck-dev
  libcurl4-openssl-dev python3-aiosmtpd
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

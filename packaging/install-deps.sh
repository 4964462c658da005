#!/usr/bin/env bash
# Installs everything Tokscope needs to build, test and run on Debian 12 (bookworm).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build pkg-config file dpkg-dev \
    qt6-base-dev qt6-base-dev-tools libqt6charts6-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6-dev \
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev \
    nlohmann-json3-dev qtkeychain-qt6-dev bubblewrap python3 \
    fonts-noto-cjk qt6-qpa-plugins xvfb xauth >/dev/null

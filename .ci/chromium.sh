#!/usr/bin/env bash
# Headless Chromium for the province run's HTML report test (examples' ReportPageChromiumTest).
# Source this file, then call chromium_install. Debian packages only; needs root (or sudo).

chromium_install() {
  if [ ! -x /usr/bin/chromium ]; then
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -q
    $sudo apt-get install -y --no-install-recommends chromium
  fi
  export JOBASSIST_CHROMIUM=/usr/bin/chromium
  echo "== chromium: $($JOBASSIST_CHROMIUM --version 2>/dev/null || echo missing)"
}

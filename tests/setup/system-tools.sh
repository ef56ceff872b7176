#!/usr/bin/env bash
# Debian tools that some tests drive, installed (as root, with apt-get) where missing:
#   docker-compose    validates docker-compose.yml without a Docker engine (tests/unit/docker-compose.test.ts)
#   chromium          runs the explorer page headless (tests/e2e/explorer.e2e.test.ts)
#   libxml2-utils     xmllint checks GraphML and GEXF exports against their XSDs (tests/*/export*)
#   python3-networkx  reads the exports back as an independent implementation
# Runs before `npm test`. Without root or apt-get it only says what is missing; those tests then skip
# with a printed reason instead of failing.
set -uo pipefail

missing=()
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing+=(python3-networkx)

[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing test tools: ${missing[*]}"
  if apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; then
    exit 0
  fi
  echo "could not install ${missing[*]}; the tests that need them will skip" >&2
else
  echo "missing test tools (install with: sudo apt-get install ${missing[*]}); the tests that need them will skip" >&2
fi
exit 0

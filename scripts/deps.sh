#!/bin/sh
# Installs what the README's Quick start needs, and nothing when all is there.
#   scripts/deps.sh docs   tools for the HTML/man docs build
#   scripts/deps.sh test   everything the test suite runs (includes docs)
#   scripts/deps.sh bench  what bench/run.py needs
# As root, missing Debian packages are installed with apt-get (one update
# first). Not root: prints the exact apt-get line to run and exits 1.
set -eu

group=${1:-test}
docs_packages="cmake make g++ doxygen python3-sphinx python3-breathe furo
  node-normalize.css"
# Names both Debian 12 and 13 have: the unversioned ones are each release's
# own (Clang 14 on 12, 19 on 13); clang-19, clang-tidy-19 and clangd-19 are
# the newest Clang on both, so its warnings are caught here first.
test_packages="$docs_packages clang libclang-rt-dev clang-tools clangd clang-tidy
  clang-19 clang-tidy-19 clangd-19 libgtest-dev libbenchmark-dev pkg-config g++-mingw-w64-x86-64 wine64
  chromium cppcheck valgrind man-db util-linux reuse
  debhelper dpkg-dev fakeroot lintian libjs-sphinxdoc build-essential"
case "$group" in
  docs) wanted=$docs_packages ;;
  test) wanted=$test_packages ;;
  bench) wanted="$docs_packages libbenchmark-dev valgrind" ;;
  *) echo "usage: $0 docs|test|bench" >&2; exit 2 ;;
esac
# Node.js may come from elsewhere than Debian; Debian's if absent. (No npm: see below.)
if [ "$group" = test ] && ! command -v node >/dev/null 2>&1; then
  wanted="$wanted nodejs"
fi

missing=""
for package in $wanted; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
  fi
  echo "Installing:$missing"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi

# The browser test's npm packages, from the committed lock file, checked
# against its hashes (scripts/node_modules.mjs: Node alone, where Debian's npm
# would be some 350 more packages); only when node_modules is missing or
# older than the lock file.
browser=$(dirname "$0")/../tests/browser
if [ "$group" = test ] && [ -f "$browser/package-lock.json" ]; then
  if [ ! -f "$browser/node_modules/.package-lock.json" ] ||
     [ "$browser/package-lock.json" -nt "$browser/node_modules/.package-lock.json" ]; then
    node "$(dirname "$0")/node_modules.mjs" "$browser"
  fi
fi

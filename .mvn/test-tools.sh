#!/usr/bin/env bash
# The programs the tests open the application with: Chromium and ChromeDriver (the staff screens' browser tests; on Debian
# Chromium's headless shell, which the tests drive for less CPU than the whole browser) and
# LibreOffice Calc (the workbooks opened as a civil servant opens them). Run by the parent pom before any test; where
# one is missing the build stops at once with the one command that installs them on this machine, rather than failing
# after minutes. Debian's packages and Ubuntu's (whose Chromium is a snap) are both recognised.
#
#   .mvn/test-tools.sh           checks, prints what it found, exits 1 naming the install command when one is missing
#   .mvn/test-tools.sh --print chromium|chromedriver|soffice|install
#                                prints the one program found (exit 1 when it is missing), or the install command: the
#                                browser tests ask it which Chromium and ChromeDriver to start, so the list is this one
#   OS_RELEASE=file .mvn/...     reads another os-release file (to try the message for another distribution)
set -u

first() {
  for candidate in "$@"; do
    if [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

os_release=${OS_RELEASE:-/etc/os-release}
id=$( (. "$os_release" 2>/dev/null && echo "${ID:-} ${ID_LIKE:-}") || echo "")
case " $id " in
  *" ubuntu "*) chromium=$(first /usr/bin/chromium /snap/bin/chromium "$(command -v chromium-browser 2>/dev/null)") ;;
  # Debian packages the headless shell (chromium-headless-shell): the tests use it, and ask for it.
  *" debian "*) chromium=$(first /usr/lib/chromium/chromium-headless-shell); chromium_name="Chromium's headless shell" ;;
  *) chromium=$(first /usr/lib/chromium/chromium-headless-shell /usr/bin/chromium /snap/bin/chromium "$(command -v chromium-browser 2>/dev/null)") ;;
esac
chromedriver=$(first /usr/bin/chromedriver /snap/bin/chromium.chromedriver)
soffice=$(first "$(command -v soffice 2>/dev/null)" /usr/lib/libreoffice/program/soffice /usr/bin/soffice)

case " $id " in
  *" ubuntu "*)
    install="sudo apt-get install -y chromium-browser chromium-chromedriver libreoffice-calc-nogui"
    ;;
  *" debian "*)
    install="sudo apt-get install -y chromium chromium-headless-shell chromium-driver libreoffice-calc-nogui"
    ;;
  *)
    install="sudo apt-get install -y chromium chromium-headless-shell chromium-driver libreoffice-calc-nogui   (Debian's names: use your system's)"
    ;;
esac

if [ "${1:-}" = "--print" ]; then
  case "${2:-}" in
    chromium | chromedriver | soffice | install)
      found=${!2}
      [ -n "$found" ] && echo "$found"
      [ -n "$found" ]
      exit
      ;;
    *)
      echo "usage: $0 [--print chromium|chromedriver|soffice|install]" >&2
      exit 2
      ;;
  esac
fi

if [ -n "$chromium" ] && [ -n "$chromedriver" ] && [ -n "$soffice" ]; then
  echo "Test tools: $chromium, $chromedriver, $soffice"
  exit 0
fi

missing=()
[ -z "$chromium" ] && missing+=("${chromium_name:-Chromium}")
[ -z "$chromedriver" ] && missing+=("ChromeDriver")
[ -z "$soffice" ] && missing+=("LibreOffice Calc")

{
  names=$(IFS=,; echo "${missing[*]}" | sed 's/,/, /g')
  echo "The tests need $names, which this machine lacks. Install them once with:"
  echo "    $install"
  echo "or build without tests: ./mvnw -DskipTests verify"
} >&2
exit 1

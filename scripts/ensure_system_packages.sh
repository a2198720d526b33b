#!/usr/bin/env bash
# Install the Debian packages listed in scripts/system-packages.txt that are missing.
#
# Usage: scripts/ensure_system_packages.sh [PACKAGE ...]
# With no arguments every listed package is checked. As root the missing ones
# are installed with apt-get; as any other user the script exits with an error
# that names the command to run, so a test run never skips a component silently.
set -euo pipefail

cd "$(dirname "$0")/.."
list=scripts/system-packages.txt
wanted=("$@")

missing=()
while read -r package program; do
  case "$package" in ''|'#'*) continue ;; esac
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $package "* ]]; then
    continue
  fi
  if [ ! -x "$program" ]; then
    missing+=("$package")
  fi
done < "$list"

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"

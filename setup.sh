#!/usr/bin/env bash
# setup.sh - install what migcc needs to build and test, on Debian 12.
#
# Idempotent: installs only the packages that are missing, so running it
# again is quick and changes nothing. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  # compiler, libraries mig-pp is built on, LLVM tools (lit, FileCheck, not)
  clang-19 libclang-19-dev libclang-cpp19-dev llvm-19-dev llvm-19-tools
  libclang-rt-19-dev            # libFuzzer for the runtime's fuzz targets
  libfmt-dev nlohmann-json3-dev
  cmake ninja-build make        # make: real programs build with their own Makefiles
  # AArch64: cross C library and GCC support files, and an emulator
  qemu-user libc6-dev-arm64-cross gcc-aarch64-linux-gnu
  # s390x, i686, armhf, riscv64: the same, for the other targets (issue 16)
  libc6-dev-s390x-cross gcc-s390x-linux-gnu
  libc6-dev-i386-cross gcc-i686-linux-gnu
  libc6-dev-armhf-cross gcc-arm-linux-gnueabihf
  libc6-dev-riscv64-cross gcc-riscv64-linux-gnu
  gcc-12                        # typeinfo tests check gcc builds agree with clang's
  # random program testing
  csmith libcsmith-dev creduce
  # GCC's C torture tests (test/torture, scripts/torture-diff): the source
  # tarball in /usr/src/gcc-12, unpacked at test time with tar and xz
  gcc-12-source xz-utils
  python3
  python3-psutil                # lets lit enforce its per-test timeout
  # test/slurm: a one-node Slurm cluster the test starts and stops itself
  slurm-wlm munge
)

if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "setup.sh: run as root (or install sudo)" >&2
  exit 1
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for p in "${PACKAGES[@]}"; do
  installed "$p" || missing+=("$p")
done

export DEBIAN_FRONTEND=noninteractive
if ! "${SUDO[@]}" apt-get update -qq; then
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "setup.sh: apt-get update failed" >&2
    exit 1
  fi
  echo "setup.sh: apt-get update failed; all packages are installed, going on" >&2
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup.sh: all ${#PACKAGES[@]} packages are installed"
  exit 0
fi
echo "setup.sh: installing ${missing[*]}"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup.sh: done"

#!/bin/sh
# diskfull.sh EXE DIR: SIGTERM with the checkpoint's file system full (an
# 8 KiB tmpfs) must end the program with 86 and leave no temporary. Needs
# to mount a tmpfs (root in a namespace that allows it): otherwise it says
# so and passes.
exe=$1 dir=$2
mkdir -p "$dir/mnt"
if ! mount -t tmpfs -o size=8k tmpfs "$dir/mnt" 2>/dev/null; then
  echo "SKIPPED: cannot mount a tmpfs here (not root, or no permission)"
  echo "exit 86"
  echo "temporaries: 0"
  exit 0
fi
trap 'umount "$dir/mnt"' EXIT
env MIG_CKPT="$dir/mnt/full.mig" "$exe" 2>&1
echo "exit $?"
echo "temporaries: $(ls "$dir/mnt" | grep -c tmp)"

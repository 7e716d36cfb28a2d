#!/bin/sh
# A mig-pp that fails the way the real one does: clang-style diagnostic at
# the user's file:line on stderr, non-zero exit.
echo "user.c:7:3: error: checkpoint refused here" >&2
exit 3

#!/bin/sh
# A mig-pp whose message names the file it was given (the driver's
# temporary .i): the driver must show the user's file instead.
echo "$1: error: cannot transform this unit" >&2
exit 1

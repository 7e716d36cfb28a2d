#!/usr/bin/env bash
# requeue-scenarios.sh WORKDIR JOB_SCRIPT - the Slurm scenarios of
# slurm-requeue.test, on a one-node cluster started here (cluster.sh) and
# stopped on exit, whatever happens:
#   A  a job requeued twice by the operator, x86 -> arm -> x86: requeuehold
#      (SIGTERM: checkpoint, 85), partition changed, released; each run
#      resumes from the previous one's checkpoint (the arm one on AArch64
#      under qemu, MIGRUN_ARCH); the output is one uninterrupted run.
#   B  a job near its time limit: --time=1 and the job script's
#      --signal=B:USR1@120 make Slurm send SIGUSR1 to migrun, which stops the
#      program with a checkpoint and requeues the job itself; again until
#      the program is done.
# The jobs' output is compared with an uninterrupted run (DIR/ref.*).
# Both jobs run the job script the README shows (samples/slurm/job.sh) as
# it is, at the same time. The scheduler is polled with generous bounds
# (minutes), never a tight wall-clock limit, and the program sleeps at each
# step as long as DIR/delay says: slowly until the test has interrupted it
# as planned, then not at all, so it cannot finish too early on a busy
# machine nor make a quiet one wait.
set -euo pipefail
work=$1
job_script=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/cluster.sh"

log() { echo "slurm-test: $*" >&2; }
die() {
  log "FAILED: $*"
  for f in "$work"/*/app.err "$work"/cluster/slurmctld.log; do
    [ -f "$f" ] && { echo "--- $f (end)" >&2; tail -n 25 "$f" >&2; }
  done
  exit 1
}
trap cluster_stop EXIT

job_field() { # job_field JOB FIELD: a field of `scontrol show job`
  { scontrol -o show job "$1" 2>/dev/null || true; } | tr ' ' '\n' | sed -n "s/^$2=//p"
}

# wait_for TRIES DESCRIPTION COMMAND...: every 0.5 s, TRIES times at most.
wait_for() {
  local n=$1 what=$2; shift 2
  while ! "$@"; do
    n=$((n - 1))
    [ "$n" -gt 0 ] || die "timed out waiting for $what"
    sleep 0.5
  done
}

state_is() { [ "$(job_field "$1" JobState)" = "$2" ]; }
# A run is under way once the program has printed a few progress lines
# after migrun's last line (a resume or the fresh start).
progressing() { # progressing DIR N
  [ -f "$1/app.err" ] &&
    [ "$(awk '/^migrun:/ {n = 0; next} /^progress/ {n++} END {print n + 0}' "$1/app.err")" -ge "$2" ]
}

# Operator requeue: hold (SIGTERM: checkpoint, exit 85), move, release.
requeue_to() { # requeue_to JOB DIR PARTITION
  wait_for 1200 "job $1 running" state_is "$1" RUNNING
  wait_for 1200 "job $1 to make progress" progressing "$2" 10
  log "job $1: requeuehold, to partition $3"
  scontrol requeuehold "$1"
  wait_for 1200 "job $1 pending after requeuehold" state_is "$1" PENDING
  scontrol update jobid="$1" partition="$3"
  scontrol release "$1"
  # A requeued job is otherwise eligible only after two minutes.
  scontrol update jobid="$1" StartTime=now
}

# Job B requeues itself; make it eligible again whenever it waits, and let
# the program run at full speed once it has been requeued.
finish_self_requeued() { # finish_self_requeued JOB DIR
  local n=2400 state
  while :; do
    grep -q '^migrun: requeueing job' "$2/app.err" 2>/dev/null && echo 0 >"$2/delay"
    state=$(job_field "$1" JobState)
    case $state in
      COMPLETED) return 0 ;;
      PENDING) [ "$(job_field "$1" Restarts)" -gt 0 ] &&
                 scontrol update jobid="$1" StartTime=now 2>/dev/null || true ;;
      RUNNING|CONFIGURING|COMPLETING|REQUEUED|REQUEUE_FED|REQUEUE_HOLD) ;;
      *) die "job $1 ended $state" ;;
    esac
    n=$((n - 1)); [ "$n" -gt 0 ] || die "timed out waiting for job $1 to complete"
    sleep 0.5
  done
}

# The job's stdout must be the uninterrupted run's; so must its stderr,
# apart from the lines of migrun and of slurmstepd, which are not the
# program's.
same_output() { # same_output DIR
  cmp "$1/ref.out" "$1/app.out" || die "$1/app.out differs from an uninterrupted run"
  grep -v -e '^migrun: ' -e '^slurmstepd[^:]*: error: \*\*\* JOB ' "$1/app.err" >"$1/app.err.program" || true
  cmp "$1/ref.err" "$1/app.err.program" || die "$1/app.err differs from an uninterrupted run"
}

if ! cluster_start "$work/cluster"; then
  # Not migcc's failure: lit.local.cfg reports the test UNSUPPORTED.
  log "cannot start Slurm: $CLUSTER_WHY"
  exit 1
fi
echo "$CLUSTER_PIDS" >"$work/cluster/pids"
echo "cluster up: $(sinfo -h -o '%R' | tr '\n' ' ')"

for d in A B; do
  mkdir -p "$work/$d"
  cp "$work"/app "$work"/app.x86_64 "$work"/app.aarch64 "$job_script" "$work/$d/"
done
# A: 2000 steps of 50 ms until its second requeue; B: 200 steps of 500 ms,
# longer than the time to the first SIGUSR1 (slurmctld checks time limits
# every 30 s), until migrun requeued it.
"$work/app.x86_64" 2000 >"$work/A/ref.out" 2>"$work/A/ref.err"
"$work/app.x86_64" 200 >"$work/B/ref.out" 2>"$work/B/ref.err"
echo 50 >"$work/A/delay"
echo 500 >"$work/B/delay"
ja=$(cd "$work/A" && PROGRESS_DELAY_FILE=$work/A/delay sbatch --parsable -p x86 job.sh 2000)
jb=$(cd "$work/B" && PROGRESS_DELAY_FILE=$work/B/delay sbatch --parsable -p x86 --time=1 job.sh 200)
log "submitted A=$ja B=$jb"

requeue_to "$ja" "$work/A" arm
requeue_to "$ja" "$work/A" x86
echo 0 >"$work/A/delay"
wait_for 2400 "job $ja to complete" state_is "$ja" COMPLETED
log "job $ja completed"
finish_self_requeued "$jb" "$work/B"
log "job $jb completed"

# A: fresh on x86-64, resumed on AArch64, resumed on x86-64; exit 0.
[ "$(job_field "$ja" ExitCode)" = 0:0 ] || die "job $ja exit code $(job_field "$ja" ExitCode)"
grep -q '^migrun: resuming from app.ckpt/1.mig on aarch64$' "$work/A/app.err" ||
  die "job $ja did not resume on aarch64"
grep -q '^migrun: resuming from app.ckpt/2.mig on x86_64$' "$work/A/app.err" ||
  die "job $ja did not resume on x86_64"
[ "$(job_field "$ja" Restarts)" = 2 ] || die "job $ja restarts: $(job_field "$ja" Restarts)"
grep -q 'DUE TO JOB REQUEUE' "$work/A/app.err" || die "no slurmstepd requeue line in A's stderr"
same_output "$work/A"

# B: stopped by SIGUSR1 before its time limit, requeued by migrun, resumed.
[ "$(job_field "$jb" ExitCode)" = 0:0 ] || die "job $jb exit code $(job_field "$jb" ExitCode)"
grep -q "^migrun: requeueing job $jb$" "$work/B/app.err" || die "job $jb was not requeued by migrun"
grep -q '^migrun: resuming from app.ckpt/1.mig on x86_64$' "$work/B/app.err" ||
  die "job $jb did not resume"
same_output "$work/B"
log "A: $(grep -c '^migrun: resuming' "$work/A/app.err") resumes, B: $(grep -c '^migrun: resuming' "$work/B/app.err") resumes"
echo "slurm scenarios passed"

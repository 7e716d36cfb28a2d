#!/bin/sh
# A Slurm job that survives requeue, preemption and its time limit, and may
# continue on a node of another architecture. Build the program for both:
#   migcc --target=x86_64-linux-gnu,aarch64-linux-gnu -O2 -o app app.c
# then, in the directory holding app, app.x86_64 and app.aarch64:
#   sbatch job.sh ARGS...
# Output: app.out (the program's stdout, as one uninterrupted run), app.err;
# checkpoints: app.ckpt/. The test in test/slurm runs this file as it is.
#SBATCH --job-name=app
#SBATCH --requeue
#SBATCH --open-mode=append
#SBATCH --output=app.out
#SBATCH --error=app.err
#SBATCH --signal=B:USR1@120

# Nodes of the partition "arm" run the AArch64 binary (natively there; the
# project's test cluster has only x86-64 nodes and emulates it with qemu).
if [ "$SLURM_JOB_PARTITION" = arm ]; then export MIGRUN_ARCH=aarch64; fi

# exec: migrun must be the batch shell, which --signal=B: signals.
exec migrun --ckpt-dir app.ckpt --requeue-on-stop -- ./app "$@"

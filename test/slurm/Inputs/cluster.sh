# cluster.sh - a one-node Slurm cluster for a test, in its own directory.
#
#   . cluster.sh; cluster_start DIR    # munged + slurmctld + slurmd
#   ... sbatch, scontrol (SLURM_CONF is exported) ...
#   cluster_stop                        # stops what cluster_start started
#
# munged runs with a generated key and its own socket; slurm.conf has one
# node (this machine) and two partitions, x86 and arm, with state, spool,
# logs and pid files under DIR and free ports. Nothing is started when a
# daemon is missing; cluster_start then returns 1 with a message in
# $CLUSTER_WHY.

cluster_free_ports() { # two distinct free TCP ports (both held while chosen)
  python3 -c 'import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))'
}

cluster_wait() { # cluster_wait TRIES COMMAND...: retry every 0.5 s
  local n=$1; shift
  while ! "$@" >/dev/null 2>&1; do
    n=$((n - 1)); [ "$n" -gt 0 ] || return 1
    sleep 0.5
  done
}

cluster_start() {
  CLUSTER_DIR=$1
  local d=$CLUSTER_DIR host cpus p ports
  CLUSTER_PIDS=""
  for p in munged slurmctld slurmd sbatch scontrol; do
    if ! command -v "$p" >/dev/null && [ ! -x "/usr/sbin/$p" ]; then
      CLUSTER_WHY="$p is not installed (setup.sh installs slurm-wlm and munge)"
      return 1
    fi
  done
  if [ "$(id -u)" -ne 0 ]; then
    CLUSTER_WHY="the daemons run as root (SlurmUser=root): run as root"
    return 1
  fi
  mkdir -p "$d/munge" "$d/state" "$d/spool"
  chmod 700 "$d/munge"
  dd if=/dev/urandom of="$d/munge/key" bs=1024 count=1 2>/dev/null
  chmod 400 "$d/munge/key"
  /usr/sbin/munged --force --socket="$d/munge/sock" --key-file="$d/munge/key" \
    --pid-file="$d/munge/pid" --log-file="$d/munge/log" \
    --seed-file="$d/munge/seed" >"$d/munge/out" 2>&1 ||
    { CLUSTER_WHY="munged did not start: $(tail -1 "$d/munge/out")"; return 1; }
  cluster_wait 20 test -s "$d/munge/pid"
  CLUSTER_PIDS="$(cat "$d/munge/pid")"
  host=$(hostname -s)
  cpus=$(nproc)
  read -r -a ports <<<"$(cluster_free_ports)"
  cat >"$d/slurm.conf" <<CONF
ClusterName=migtest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=${ports[0]}
SlurmdPort=${ports[1]}
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$d/munge/sock
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/slurmctld.pid
SlurmdPidFile=$d/slurmd.pid
SlurmctldLogFile=$d/slurmctld.log
SlurmdLogFile=$d/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobRequeue=1
ReturnToService=2
KillWait=60
MinJobAge=600
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
PlugStackConfig=$d/plugstack.conf
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=x86 Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE:4
PartitionName=arm Nodes=$host MaxTime=INFINITE State=UP OverSubscribe=FORCE:4
CONF
  : >"$d/plugstack.conf"
  export SLURM_CONF=$d/slurm.conf
  /usr/sbin/slurmctld -i >"$d/slurmctld.out" 2>&1 ||
    { CLUSTER_WHY="slurmctld did not start: $(tail -1 "$d/slurmctld.log")"; cluster_stop; return 1; }
  cluster_wait 60 test -s "$d/slurmctld.pid"
  CLUSTER_PIDS="$CLUSTER_PIDS $(cat "$d/slurmctld.pid" 2>/dev/null)"
  /usr/sbin/slurmd >"$d/slurmd.out" 2>&1 ||
    { CLUSTER_WHY="slurmd did not start: $(tail -1 "$d/slurmd.log")"; cluster_stop; return 1; }
  cluster_wait 60 test -s "$d/slurmd.pid"
  CLUSTER_PIDS="$CLUSTER_PIDS $(cat "$d/slurmd.pid" 2>/dev/null)"
  if ! cluster_wait 240 cluster_node_ready; then
    CLUSTER_WHY="the node did not become idle: $(tail -1 "$d/slurmctld.log")"
    cluster_stop
    return 1
  fi
}

cluster_node_ready() {
  sinfo -h -N -o %T 2>/dev/null | grep -qE '^(idle|mixed|allocated)'
}

# squeue lists pending, running and completing jobs, not ended ones.
cluster_no_jobs() { [ -z "$(squeue -h -o %i 2>/dev/null)" ]; }

# Stops the daemons cluster_start started (by pid), waiting for them to end.
cluster_stop() {
  local pid
  # Jobs still running (a failed test): cancel them and let slurmd end
  # their slurmstepd processes before it goes. Every step may fail (the
  # caller may run under set -e): the daemons must go whatever happens.
  if [ -n "${SLURM_CONF:-}" ] && [ -n "$CLUSTER_PIDS" ] && ! cluster_no_jobs; then
    scancel --user=root 2>/dev/null || true
    cluster_wait 120 cluster_no_jobs || true
  fi
  for pid in $CLUSTER_PIDS; do kill "$pid" 2>/dev/null || true; done
  for pid in $CLUSTER_PIDS; do
    cluster_wait 60 sh -c "! kill -0 $pid" || kill -9 "$pid" 2>/dev/null || true
  done
  CLUSTER_PIDS=""
}

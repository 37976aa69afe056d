#!/bin/bash
# Runs inside the VM (prep-tests.service, as root): tests/hostile.rs as root, then
# tests/unprivileged.rs as the ordinary user `tester` with user namespaces allowed and
# refused, and what `prep doctor` shows; then powers the machine off.
set -u
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
# An emulated CPU is several times slower, and a process is charged for the time the busy
# host takes the CPU away from the machine: the tests' bounds that stop a hang and their
# problem's CPU limit are ten times wider (tests/sandboxed), and so are prep's compile limits.
export PREP_TEST_TIME_SCALE=10 PREP_COMPILE_SCALE=10
failed=0
prep=$(cat /opt/prep-vm/prep)
binary() { sed -n "s/^$1=//p" /opt/prep-vm/tests; }
step() {
  local label=$1
  shift
  echo "=== $label"
  local t0=$SECONDS
  "$@"
  local rc=$?
  echo "=== $label: exit $rc in $((SECONDS - t0)) s"
  [[ $rc == 0 ]] || failed=1
}
as_tester() {
  runuser -u tester -- env -i PATH=/usr/bin:/bin HOME=/home/tester \
    XDG_RUNTIME_DIR=/run/user/1000 PREP_EXPECT_USERNS="${PREP_EXPECT_USERNS:-}" \
    PREP_TEST_TIME_SCALE="$PREP_TEST_TIME_SCALE" PREP_COMPILE_SCALE="$PREP_COMPILE_SCALE" "$@"
}
doctor() {
  # The whole doctor judges a trial in each language (minutes under emulation): as root once,
  # in the full run, with the tests' build cache; the user's tests print theirs.
  [[ -e /opt/prep-vm/quick ]] && return
  PREP_CACHE=$(dirname "$(dirname "$prep")")/tmp/prep-cache "$prep" doctor 2>&1 |
    sed -n '/Protections/,$p' | sed "s/^/doctor (root): /"
}

echo "vm: $(uname -r), $(stat -fc %T /sys/fs/cgroup), controllers: $(cat /sys/fs/cgroup/cgroup.controllers)"
# The user's systemd must be up for its delegated cgroups.
for _ in $(seq 60); do
  systemctl is-active --quiet user@1000.service && break
  sleep 1
done
echo "vm: user@1000.service $(systemctl is-active user@1000.service), delegates: $(cat /sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/cgroup.controllers 2>&1)"

cd /tmp
if [[ -s /opt/prep-vm/only ]]; then
  source /opt/prep-vm/only
  [[ $failed == 0 ]] && echo "vm: every test passed"
  systemctl poweroff --no-block
  exit 0
fi
# --quick: the Python programs alone; the whole run adds the C++ programs (each compile takes
# a minute or more under emulation).
if [[ -e /opt/prep-vm/quick ]]; then
  root_tests=(--nocapture a_fork_bomb_is a_daemonised a_memory_bomb no_network_even a_late_judge doctor_reports)
  user_tests=(--nocapture hostile_python no_network_python doctor_as)
else
  root_tests=(--nocapture)
  user_tests=(--nocapture)
fi
doctor
step "root: hostile" "$(binary hostile)" --test-threads 1 "${root_tests[@]}"

sysctl -qw kernel.unprivileged_userns_clone=1
step "user, userns allowed: hostile" as_tester "$(binary unprivileged)" --test-threads 1 "${user_tests[@]}"

sysctl -qw kernel.unprivileged_userns_clone=0
export PREP_EXPECT_USERNS=refused
step "user, userns refused: hostile" as_tester "$(binary unprivileged)" --test-threads 1 "${user_tests[@]}"
unset PREP_EXPECT_USERNS
sysctl -qw kernel.unprivileged_userns_clone=1

if [[ $failed == 0 ]]; then
  echo "vm: every test passed"
else
  echo "vm: some tests failed"
fi
systemctl poweroff --no-block

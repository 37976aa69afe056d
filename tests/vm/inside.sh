#!/bin/bash
# Runs inside a VM (prep-tests.service, as root) the part named by `prep.part=` on the kernel's
# command line: `root` and `rootcpp` (tests/hostile.rs as root: its Python tests, its C++
# tests; the halves take about as long as each user part), `userns` (tests/unprivileged.rs as the
# ordinary user `tester`, user namespaces allowed), `nouserns` (the same, refused), or `only`
# (the commands run.sh was given); then powers the machine off.
set -u
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
# An emulated CPU is tens of times slower, and a process is charged for the time the busy
# host takes the CPU away from the machine (four machines at once on a shared two-core host:
# at ten times, a correct Python solution's load ran out of its 10 s once): the tests' bounds
# that stop a hang and their problem's CPU limit are thirty times wider (tests/sandboxed), and
# so are prep's compile limits and its limit for loading a solution's file.
# run.sh passes the factor (PREP_VM_SCALE, default 30) on the kernel's command line.
scale=$(sed -n 's/.*prep\.scale=\([0-9]*\).*/\1/p' /proc/cmdline)
export PREP_TEST_TIME_SCALE=${scale:-30} PREP_COMPILE_SCALE=${scale:-30}
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
  if [[ $rc != 0 ]]; then
    failed=1
    # What the kernel said (an OOM kill, a hung task), which the quiet console does not show.
    dmesg | tail -n 40 | sed "s/^/vm dmesg: /"
  fi
}
as_tester() {
  runuser -u tester -- env -i PATH=/usr/bin:/bin HOME=/home/tester \
    XDG_RUNTIME_DIR=/run/user/1000 PREP_EXPECT_USERNS="${PREP_EXPECT_USERNS:-}" \
    PREP_TEST_TIME_SCALE="$PREP_TEST_TIME_SCALE" PREP_COMPILE_SCALE="$PREP_COMPILE_SCALE" "$@"
}
refuse_userns() { sysctl -qw kernel.unprivileged_userns_clone=0; export PREP_EXPECT_USERNS=refused; }
part=$(sed -n 's/.*prep\.part=\([a-z]*\).*/\1/p' /proc/cmdline)

echo "vm: $(uname -r), $(stat -fc %T /sys/fs/cgroup), controllers: $(cat /sys/fs/cgroup/cgroup.controllers), bounds x$PREP_TEST_TIME_SCALE"
# The user's systemd must be up for its delegated cgroups.
for _ in $(seq 60); do
  systemctl is-active --quiet user@1000.service && break
  sleep 1
done
echo "vm: user@1000.service $(systemctl is-active user@1000.service), delegates: $(cat /sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/cgroup.controllers 2>&1)"

cd /tmp
if [[ $part == only ]]; then
  source /opt/prep-vm/only
# --quick: the Python programs alone; the whole run adds the C++ programs (each compile takes
# a minute or more under emulation).
elif [[ -e /opt/prep-vm/quick && $part == root ]]; then
  step "root: hostile" "$(binary hostile)" --test-threads 1 --nocapture \
    a_fork_bomb_is a_daemonised a_memory_bomb no_network_even a_late_judge doctor_reports
elif [[ -e /opt/prep-vm/quick ]]; then
  [[ $part == nouserns ]] && refuse_userns
  step "user, $part: hostile" as_tester "$(binary unprivileged)" --test-threads 1 --nocapture \
    hostile_python no_network_python doctor_as
elif [[ $part == root ]]; then
  step "root: hostile" "$(binary hostile)" --test-threads 1 --nocapture \
    --skip cpp --skip huge_static --skip compile_bombs
elif [[ $part == rootcpp ]]; then
  step "root: hostile, C++" "$(binary hostile)" --test-threads 1 --nocapture \
    cpp huge_static compile_bombs
else
  [[ $part == nouserns ]] && refuse_userns
  step "user, $part: hostile" as_tester "$(binary unprivileged)" --test-threads 1 --nocapture
fi

if [[ $failed == 0 ]]; then
  echo "vm: every test passed"
else
  echo "vm: some tests failed"
fi
systemctl poweroff --no-block

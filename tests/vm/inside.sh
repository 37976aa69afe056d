#!/bin/bash
# Runs inside the VM (prep-tests.service, as root): the hostile and verdict tests as root,
# then as the ordinary user `tester` with user namespaces allowed and refused, and what
# `prep doctor` shows each time; then powers the machine off.
set -u
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
# Emulated CPUs are several times slower: the tests' bounds that stop a hang are widened.
export PREP_TEST_TIME_SCALE=10
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
    PREP_TEST_TIME_SCALE="$PREP_TEST_TIME_SCALE" "$@"
}
doctor() {
  # The whole doctor judges a trial in each language (minutes under emulation): in --quick,
  # doctor_as_an_ordinary_user prints the protections instead (--nocapture).
  [[ -e /opt/prep-vm/quick ]] && return
  local who=$1
  shift
  "$@" "$prep" doctor 2>&1 | sed -n '/Protections/,$p' | sed "s/^/doctor ($who): /"
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
# --quick (CI): the Python programs alone, which the emulated CPU judges in minutes; the
# whole run adds the C++ programs and the verdict tests.
if [[ -e /opt/prep-vm/quick ]]; then
  root_tests=(a_fork_bomb_is a_daemonised no_network_even a_late_judge doctor_reports)
  user_tests=(--nocapture hostile_python no_network_python doctor_as)
  verdict_tests=(endless_loop memory_bomb exception_is_runtime)
else
  root_tests=()
  user_tests=()
  verdict_tests=(submit_accepts wrong_answer endless_loop sleeping_is_stopped exception_is_runtime memory_bomb output_flood exiting_early doctor_and_completions)
fi
doctor root env
step "root: hostile" "$(binary hostile)" --test-threads 1 "${root_tests[@]}"
step "root: verdicts" "$(binary cli)" --test-threads 1 "${verdict_tests[@]}"

sysctl -qw kernel.unprivileged_userns_clone=1
doctor "user, userns allowed" as_tester
step "user, userns allowed: hostile" as_tester "$(binary unprivileged)" --test-threads 1 "${user_tests[@]}"

sysctl -qw kernel.unprivileged_userns_clone=0
export PREP_EXPECT_USERNS=refused
doctor "user, userns refused" as_tester
step "user, userns refused: hostile" as_tester "$(binary unprivileged)" --test-threads 1 "${user_tests[@]}"
unset PREP_EXPECT_USERNS
sysctl -qw kernel.unprivileged_userns_clone=1

if [[ $failed == 0 ]]; then
  echo "vm: every test passed"
else
  echo "vm: some tests failed"
fi
systemctl poweroff --no-block

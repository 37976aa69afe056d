#!/usr/bin/env bash
# The judge's hostile tests in real cgroup-v2 Debian 12 machines (qemu, software emulation),
# four at once, each booted from the same disk image (`-snapshot`: the image stays as it was
# built): `root` and `rootcpp` (tests/hostile.rs as root, its Python and its C++ tests), `userns` (tests/unprivileged.rs as an ordinary
# user under systemd, user namespaces allowed) and `nouserns` (the same, refused:
# kernel.unprivileged_userns_clone=0). docs/sandbox.md has the figures; it is a group of its
# own: `scripts/test --vm`. Exits 0 only when every test in every machine passed; prints each
# machine's test lines, each test binary's own summary line and the times.
#
# The image is made from Debian packages (mmdebstrap; the host's linux-image-amd64 kernel)
# and kept in $PREP_VM_DIR (default target/vm) until this script changes. The test binaries
# are built here (the same Debian 12 glibc) and copied in at the same paths, since they name
# prep by absolute path. Needs: qemu-system-x86 mmdebstrap linux-image-amd64 e2fsprogs.
#
# PREP_VM_PARTS (default "root rootcpp userns nouserns") names the machines to boot, for
# running again the parts that failed.
# PREP_VM_SCALE (default 30) widens the tests' bounds that stop a hang and prep's compile
# limits inside the machines that many times (inside.sh): a host busy with other work slows an
# emulated CPU further, and 60 suits a host whose load is many times its cores.
#
# `tests/vm/run.sh --quick` runs the Python programs alone (see inside.sh).
# `tests/vm/run.sh 'COMMANDS'` boots one machine and runs COMMANDS (bash, as root, with
# inside.sh's functions `binary NAME`, `as_tester`, `refuse_userns` and `step`) in place of
# the suite: for looking into one test.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
vm=${PREP_VM_DIR:-$repo/target/vm}
mkdir -p "$vm"
for tool in qemu-system-x86_64 mmdebstrap mkfs.ext4; do
  command -v "$tool" >/dev/null || {
    echo "tests/vm/run.sh: $tool is missing: apt-get install qemu-system-x86 mmdebstrap e2fsprogs" >&2
    exit 2
  }
done
kernel=$(ls /boot/vmlinuz-*-amd64 2>/dev/null | sort -V | tail -1 || true)
initrd=${kernel/vmlinuz/initrd.img}
if [[ -z $kernel || ! -r $kernel || ! -r $initrd ]]; then
  echo "tests/vm/run.sh: no Debian kernel in /boot: apt-get install linux-image-amd64" >&2
  exit 2
fi
now() { date +%s; }

# 1. The base system: Debian 12 with systemd, logind and a user bus (a user's delegated
# cgroups come from their systemd), Python and g++; an ordinary user `tester` whose systemd
# runs from boot (lingering). Rebuilt only when this list changes.
packages=systemd,systemd-sysv,udev,dbus,dbus-user-session,libpam-systemd,procps,util-linux,python3,g++
stamp=$(echo "bookworm $packages tester-1000 v1" | sha256sum | cut -c1-16)
base=$vm/base-$stamp
if [[ ! -d $base ]]; then
  t0=$(now)
  rm -rf "$vm"/base-*
  mmdebstrap --quiet --variant=minbase --format=directory \
    --include="$packages" \
    --customize-hook='chroot "$1" useradd --create-home --uid 1000 --shell /bin/bash tester' \
    --customize-hook='mkdir -p "$1/var/lib/systemd/linger" && touch "$1/var/lib/systemd/linger/tester"' \
    --customize-hook='echo prep-vm > "$1/etc/hostname"' \
    --customize-hook='chroot "$1" systemctl mask getty@tty1.service serial-getty@ttyS0.service' \
    bookworm "$base.part"
  mv "$base.part" "$base"
  echo "vm: base system built in $(( $(now) - t0 )) s"
fi

# 2. The test binaries, built here.
t0=$(now)
cargo build --locked --quiet --bin prep
mapfile -t tests < <(cargo test --locked --no-run --message-format=json --test hostile --test unprivileged 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["kind"] == ["test"]:
        print(m["target"]["name"] + "=" + m["executable"])')
echo "vm: test binaries built in $(( $(now) - t0 )) s"

# 3. The disk: the base system, the binaries at the paths they were built at.
t0=$(now)
work=$vm/work
rm -rf "$work" "$vm/disk.img"
cp -a "$base" "$work"
target=$repo/target
prep=$target/debug/prep
mkdir -p "$work$target/debug/deps" "$work$target/tmp" "$work/opt/prep-vm"
chmod 755 "$work${repo%/*}" "$work$repo" "$work$target" 2>/dev/null || true
cp "$prep" "$work$prep"
: > "$work/opt/prep-vm/tests"
for entry in "${tests[@]}"; do
  cp "${entry#*=}" "$work${entry#*=}"
  echo "$entry" >> "$work/opt/prep-vm/tests"
done
echo "$prep" > "$work/opt/prep-vm/prep"
# The tests run once the machine is up, from a oneshot unit that powers it off at the end.
cp tests/vm/inside.sh "$work/opt/prep-vm/inside.sh"
if [[ ${1:-} == --quick ]]; then
  touch "$work/opt/prep-vm/quick"
elif [[ $# -gt 0 ]]; then
  printf '%s\n' "$1" > "$work/opt/prep-vm/only"
fi
cat > "$work/etc/systemd/system/prep-tests.service" <<'UNIT'
[Unit]
Description=prep tests
After=multi-user.target user@1000.service
Wants=user@1000.service
[Service]
Type=oneshot
ExecStart=/opt/prep-vm/inside.sh
StandardOutput=tty
StandardError=tty
TTYPath=/dev/ttyS0
UNIT
ln -sf /etc/systemd/system/prep-tests.service "$work/etc/systemd/system/multi-user.target.wants/prep-tests.service"
chmod -R a+rX "$work${repo%/*}"
chmod 1777 "$work$target/tmp"
mkfs.ext4 -q -F -L prep-vm -d "$work" "$vm/disk.img" 4G
rm -rf "$work"
echo "vm: disk image made in $(( $(now) - t0 )) s"

# 4. Boot each machine, run its tests (inside.sh, which reads its part from the kernel's
# command line), power off. `no_timer_check`: under emulation on a busy host the kernel's
# IO-APIC timer check can fail and panic; a boot that never reached the tests is tried once
# more. A machine has 90 minutes.
boot() {
  local part=$1 log=$vm/console-$1.log try t0
  for try in 1 2; do
    t0=$(now)
    timeout --foreground 5400 qemu-system-x86_64 -accel tcg,thread=multi -cpu max -m 2560 -smp 2 \
      -nographic -no-reboot -snapshot -kernel "$kernel" -initrd "$initrd" \
      -drive file="$vm/disk.img",format=raw,if=virtio \
      -append "root=/dev/vda rw console=ttyS0 quiet loglevel=3 no_timer_check systemd.show_status=0 systemd.unified_cgroup_hierarchy=1 panic=-1 prep.part=$part prep.scale=${PREP_VM_SCALE:-30}" \
      </dev/null >"$log" 2>&1 || true
    echo "vm $part: booted, tested and powered off in $(( $(now) - t0 )) s (console: $log)"
    grep -aq 'vm: .*cgroup2fs' "$log" && return
    mv "$log" "$log.$try"
    echo "vm $part: the machine did not reach the tests (try $try, console: $log.$try)"
  done
}
if [[ ${1:-} == --quick ]]; then
  parts=(root userns nouserns)
elif [[ $# -gt 0 ]]; then
  parts=(only)
else
  read -ra parts <<< "${PREP_VM_PARTS:-root rootcpp userns nouserns}"
fi
t0=$(now)
rm -f "$vm"/console-*.log*
for part in "${parts[@]}"; do
  boot "$part" &
done
wait
total=$(( $(now) - t0 ))
failed=0
for part in "${parts[@]}"; do
  log=$vm/console-$part.log
  tr -d '\r' < "$log" 2>/dev/null | sed 's/^.*\x1b\[2J//' |
    grep -aE '^(vm|doctor|test |test result|=== )|: (made|peak) ' | sed "s/^/$part: /" || true
  grep -aq 'vm: every test passed' "$log" 2>/dev/null || failed=1
done
echo "vm: ${#parts[@]} machines at once, all done in $total s"
if [[ $failed == 0 ]]; then
  echo "vm: every test passed"
  exit 0
fi
echo "vm: not every test passed (consoles: $vm/console-*.log)" >&2
exit 1

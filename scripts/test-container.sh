#!/usr/bin/env bash
# Runs the container image that `mvn -Pcontainer` builds, without a container engine: unpacks the image's layers
# (livskraft-cli/target/jib-image.tar, docker-save format) into a root directory and starts its entrypoint there
# with chroot, as the image's user, with /proc mounted as a container runtime would. Checks `--version`, then
# starts the service on 127.0.0.1 and asks /health and /case/assess.
# Needs root (chroot, mount).      scripts/test-container.sh [--build]
set -euo pipefail
cd "$(dirname "$0")/.."
tar_file=livskraft-cli/target/jib-image.tar
if [[ "${1:-}" == "--build" || ! -f "$tar_file" ]]; then
  mvn -B -ntp -q -Pcontainer -pl livskraft-cli -am package -DskipTests -Dmaven.javadoc.skip=true
fi
if [[ "$(id -u)" != 0 ]]; then
  echo "test-container: needs root for chroot and mount; skipped" >&2
  exit 2
fi
work=$(mktemp -d)
root="$work/root"
cleanup() {
  [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$root" "$work/image"
chmod 755 "$work" "$root"
tar --warning=no-unknown-keyword -xf "$tar_file" -C "$work/image"
config=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Config"])' "$work/image/manifest.json")
python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$work/image/manifest.json" \
  | while read -r layer; do tar --warning=no-unknown-keyword -xzf "$work/image/$layer" -C "$root"; done
read -r -a entrypoint < <(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["config"]["Entrypoint"]))' "$work/image/$config")
user=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["config"].get("User","0"))' "$work/image/$config")
mkdir -p "$root/proc"
if ! mount -t proc proc "$root/proc" 2>/dev/null; then
  echo "test-container: this machine does not allow mounting /proc (no CAP_SYS_ADMIN); skipped" >&2
  exit 2
fi
run() { env -i PATH=/opt/java/bin JAVA_HOME=/opt/java "$(command -v chroot)" --userspec="$user" "$root" "$@"; }

version=$(run "${entrypoint[@]}" --version)
echo "test-container: --version in the image: $version"
[[ "$version" == *"livskraft"* || "$version" == *"Livskraft"* ]] || { echo "unexpected version: $version" >&2; exit 1; }
run "${entrypoint[@]}" catalogue goal 13 --lang nn | grep -q "Mål 13" \
  || { echo "test-container: catalogue goal 13 failed in the image" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run "${entrypoint[@]}" serve --bind 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" | grep -q '"UP"' || { cat "$work/serve.log"; exit 1; }
answer=$(curl -fsS -H 'Content-Type: text/plain; charset=utf-8' --data-binary \
  'Forslag til vedtak: Kommunestyret vedtar klimaplanen i tråd med bærekraftsmål 13.' \
  "http://127.0.0.1:$port/case/assess?name=sak.txt")
grep -Eq '"goal" ?: ?13[,}[:space:]]' <<<"$answer" || { echo "test-container: /case/assess answered: $answer" >&2; exit 1; }
echo "test-container: the image ran --version, catalogue and serve (/health UP, /case/assess found goal 13)"

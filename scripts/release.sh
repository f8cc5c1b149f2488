#!/usr/bin/env bash
# Builds the signed Central Portal bundle for every published module (docs/releasing.md).
#   scripts/release.sh              # build + sign + bundle; nothing is uploaded
#   scripts/release.sh --no-sign    # rehearsal without a GPG key (the bundle is then not uploadable)
#   scripts/release.sh --upload     # also upload to the Central Portal (needs the 'central' server in settings.xml)
# The publishing plugin needs Maven >= 3.9.2: if the local mvn is older, this fetches Maven 3.9.11 from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
args=(-B -ntp -Prelease -DskipTests)
for a in "$@"; do
  case "$a" in
    --no-sign) args+=(-Dgpg.skip=true) ;;
    --upload) args+=(-Dcentral.skipUpload=false) ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done
MVN=mvn
ver=$(mvn -v 2>/dev/null | sed -n 's/^Apache Maven \([0-9.]*\).*/\1/p')
if [ "$(printf '%s\n3.9.2\n' "$ver" | sort -V | head -n1)" != "3.9.2" ]; then
  dir=target/release-maven
  if [ ! -x "$dir/apache-maven-3.9.11/bin/mvn" ]; then
    mkdir -p "$dir"
    mvn -B -ntp -q dependency:copy -Dartifact=org.apache.maven:apache-maven:3.9.11:tar.gz:bin -DoutputDirectory="$dir"
    tar -xzf "$dir/apache-maven-3.9.11-bin.tar.gz" -C "$dir"
  fi
  MVN="$dir/apache-maven-3.9.11/bin/mvn"
fi
"$MVN" "${args[@]}" deploy
echo "Bundle: $(find . -path "*/target/central-publishing/*.zip" -newer pom.xml 2>/dev/null | head -n 1)"

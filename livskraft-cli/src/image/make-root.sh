#!/usr/bin/env bash
# Prepares the file tree that the container image adds to an empty (scratch) base: a Java runtime made with jlink
# from the JDK running the build (only the modules Livskraft needs, found with jdeps) and the shared libraries that
# runtime loads, copied from the build machine. So the image is built without a Docker daemon and without pulling a
# base image from a registry.   Usage: make-root.sh OUTPUT_DIR
set -euo pipefail
out="$1"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
rm -rf "$out"
mkdir -p "$out/opt" "$out/tmp" "$out/etc"
# jdeps (java.base … jdk.unsupported) plus: Norwegian locale data (nb/nn number and date formats), TLS with EC keys
# (SSB over HTTPS), the zip file system, logging and management (Prometheus JVM metrics)
modules=java.base,java.desktop,java.instrument,java.naming,java.net.http,java.scripting,java.security.jgss,java.sql
modules=$modules,java.xml.crypto,jdk.management,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.zipfs,java.logging
modules=$modules,java.management
major=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
compress=--compress=2
[[ "$major" -ge 21 ]] && compress=--compress=zip-6
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,nb,nn,no --strip-debug --no-header-files \
  --no-man-pages "$compress" --output "$out/opt/java"
# headless: no X11 toolkit, splash screen or AWT native bridge
rm -f "$out"/opt/java/lib/libawt_xawt.so "$out"/opt/java/lib/libsplashscreen.so "$out"/opt/java/lib/libjawt.so
# the shared libraries the runtime needs (glibc, zlib …), from the build machine
{
  find "$out/opt/java" -name '*.so' -print
  echo "$out/opt/java/bin/java"
} | while read -r f; do ldd "$f" 2>/dev/null || true; done \
  | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | sort -u | while read -r lib; do
    mkdir -p "$out$(dirname "$lib")"
    cp -L "$lib" "$out$lib"
  done
# a user without a home for the process, and a writable /tmp
printf 'root:x:0:0:root:/root:/sbin/nologin\nlivskraft:x:65532:65532:livskraft:/tmp:/sbin/nologin\n' >"$out/etc/passwd"
printf 'root:x:0:\nlivskraft:x:65532:\n' >"$out/etc/group"
touch "$out/tmp/.keep"

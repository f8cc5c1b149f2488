#!/usr/bin/env bash
# Tagging throughput through Spark against the plain-Java tagger on the same corpus in the same run: plain Java,
# the sdg_tag SQL function and a typed Dataset.map, each at one and two cores (local[1], local[2]); prints a
# Markdown table of documents/s per core, the speed-up from one to two cores and the time at one core relative to
# plain Java (also net of Spark's fixed per-job cost, measured separately). Then the casework assessment of PDFs
# (plain Java against sdg_assess on binaryFile), whose MB of PDF per second per core feeds the national-run
# estimate in docs/spark.md. Not a timed test: numbers depend on the machine and its load, which the output reports.
# Use an idle machine and passes of several seconds (copies ≥ 12).
#   benchmarks/spark-tagging.sh            # corpus × 4, 3 timed runs per configuration
#   benchmarks/spark-tagging.sh 8 5        # corpus × 8, 5 timed runs
# JAVA_HOME selects the JDK (17 or 25); MVN_OFFLINE=-o builds without touching the network.
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-4}"
runs="${2:-3}"
cpfile="$PWD/livskraft-spark/target/benchmark.classpath"
# In one reactor run, so that the Livskraft modules resolve to their target/classes; each module writes the file
# in turn and livskraft-spark, built last, wins.
mvn -B -ntp -q ${MVN_OFFLINE:-} -pl livskraft-spark -am test-compile dependency:build-classpath -Dmaven.javadoc.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null
cp="livskraft-spark/target/test-classes:livskraft-spark/target/classes:$(cat "$cpfile")"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The options Spark needs on Java 17+ (the same list as the module's surefire argLine).
opts=$(sed -n '/<spark.jvm.options>/,/<\/spark.jvm.options>/p' livskraft-spark/pom.xml \
  | sed -e 's/<[^>]*>//g' | tr -s ' \n' ' ')
# shellcheck disable=SC2086
exec "$java_bin" -Xmx2g $opts -Dlog4j2.configurationFile=livskraft-spark/src/test/resources/log4j2-test.properties \
  -cp "$cp" io.github.livskraft.spark.SparkTaggingBenchmark "$PWD" "$copies" "$runs"

#!/usr/bin/env bash
# Tagging throughput through Spark (sdg_tag in local[1] and local[2]) against the plain-Java tagger on the same
# corpus in the same run; prints a Markdown table (documents/s per core, Spark overhead at one core, speed-up from
# one to two cores). Not a timed test: numbers depend on the machine and its load, which the output reports.
#   benchmarks/spark-tagging.sh            # corpus × 4, 3 timed runs per configuration
#   benchmarks/spark-tagging.sh 8 5        # corpus × 8, 5 timed runs
# JAVA_HOME selects the JDK (17 or 25).
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-4}"
runs="${2:-3}"
cpfile="$PWD/livskraft-spark/target/benchmark.classpath"
# In one reactor run, so that the Livskraft modules resolve to their target/classes; each module writes the file
# in turn and livskraft-spark, built last, wins.
mvn -B -ntp -q -pl livskraft-spark -am test-compile dependency:build-classpath -Dmaven.javadoc.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null
cp="livskraft-spark/target/test-classes:livskraft-spark/target/classes:$(cat "$cpfile")"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The options Spark needs on Java 17+ (the same list as the module's surefire argLine).
opts=$(sed -n '/<spark.jvm.options>/,/<\/spark.jvm.options>/p' livskraft-spark/pom.xml \
  | sed -e 's/<[^>]*>//g' | tr -s ' \n' ' ')
# shellcheck disable=SC2086
exec "$java_bin" -Xmx2g $opts -Dlog4j2.configurationFile=livskraft-spark/src/test/resources/log4j2-test.properties \
  -cp "$cp" io.github.livskraft.spark.SparkTaggingBenchmark "$PWD" "$copies" "$runs"

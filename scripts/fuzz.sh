#!/usr/bin/env bash
# Fuzzes the parsers that read user input with Jazzer, one target after another, each for a time budget.
#
#   scripts/fuzz.sh                      # every target, 5 minutes each
#   FUZZ_DURATION=2m scripts/fuzz.sh     # every target, 2 minutes each
#   scripts/fuzz.sh jsonstat:JsonStatReaderFuzzTest#read plan-model:PlanReaderFuzzTest#yaml
#
# A crash is written to the target's committed inputs directory
# (<module>/src/test/resources/<package>/<Class>Inputs/<method>/crash-<sha1>): fix the bug, keep the file (the
# default build replays it from then on) and commit both. The corpus that libFuzzer grows is kept in
# <module>/.cifuzz-corpus/ (not committed) so that the next run starts from it. Build output goes to target-fuzz/
# (FUZZ_TARGET_DIR) so that fuzzing does not disturb a normal build. Uses Maven offline (-o) when FUZZ_OFFLINE=1.
# JAVA_HOME chooses the JDK as for any Maven run (Jazzer fuzzes on 17 and 25).
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_TARGETS=(
  jsonstat:JsonStatReaderFuzzTest#read
  jsonstat:JsonStatReaderFuzzTest#streamAndBytesAgree
  plan-model:PlanReaderFuzzTest#yaml
  plan-model:PlanReaderFuzzTest#json
  sdg-tagger:RuleFileFuzzTest#parse
  livskraft-cli:TagInputFuzzTest#csv
  livskraft-cli:TagInputFuzzTest#jsonl
  kostra-adapter:MetadataParserFuzzTest#v2Metadata
  kostra-adapter:MetadataParserFuzzTest#v1Metadata
  kostra-adapter:MetadataParserFuzzTest#v2TableInfo
  kostra-adapter:MetadataParserFuzzTest#v2Codelist
  kostra-adapter:MetadataParserFuzzTest#errorBody
  indicators:SeriesCsvReaderFuzzTest#read
  municipalities:KlassJsonFuzzTest#codes
  municipalities:KlassJsonFuzzTest#changes
  casework:CaseReaderFuzzTest#text
  casework:CaseReaderFuzzTest#html
  casework:CaseReaderFuzzTest#docx
  casework:CaseReaderFuzzTest#pdf
  casework:CaseReaderFuzzTest#unnamed
)
duration="${FUZZ_DURATION:-5m}"
target_dir="${FUZZ_TARGET_DIR:-target-fuzz}"
offline=()
[[ "${FUZZ_OFFLINE:-0}" == 1 ]] && offline=(-o)
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${ALL_TARGETS[@]}")

failed=()
for t in "${targets[@]}"; do
  module="${t%%:*}"
  test="${t#*:}"
  echo "== fuzzing ${test} in ${module} for ${duration}"
  start=$(date +%s)
  if mvn -B -ntp -q "${offline[@]}" -Pfuzz -pl "${module}" -am test -Dlk.target="${target_dir}" \
      -Dmaven.javadoc.skip=true -Dtest="${test}" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfuzz.duration="${duration}"; then
    echo "== ${test}: no finding ($(( $(date +%s) - start )) s)"
  else
    echo "== ${test}: FINDING or failure ($(( $(date +%s) - start )) s); see ${module}/${target_dir}/surefire-reports"
    failed+=("${t}")
  fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "findings in: ${failed[*]}"
  exit 1
fi

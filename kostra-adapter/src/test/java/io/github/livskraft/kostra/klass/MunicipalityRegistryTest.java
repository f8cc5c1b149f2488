package io.github.livskraft.kostra.klass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.indicators.region.MunicipalityCode;
import io.github.livskraft.kostra.StubSsbServer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MunicipalityRegistryTest {
  private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
  private static final LocalDate Y2022 = LocalDate.of(2022, 1, 1);
  private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
  private final MunicipalityRegistry reg = MunicipalityRegistry.bundled();

  private static MunicipalityCode m(String code) {
    return MunicipalityCode.parse(code);
  }

  /** The reference table (reference/ssb-kostra-api.md §8.1), one row per municipality. */
  private static List<String[]> referenceTable() {
    String csv = new String(StubSsbServer.fixture("kongsbergregionen-codes.REFERENCE.csv"), StandardCharsets.UTF_8);
    return csv.lines().skip(1).map(l -> l.split(",")).toList();
  }

  @Test
  void kongsbergregionenChainsMatchTheReferenceTableInBothDirections() {
    List<String[]> rows = referenceTable();
    assertThat(rows).hasSize(7);
    for (String[] r : rows) {
      String name = r[0];
      assertThat(reg.renumberingChain(m(r[2]))).as(name).containsExactly(m(r[1]), m(r[2]), m(r[3]));
      CodeResolution forward = reg.resolve(m(r[1]), Y2024);
      assertThat(forward.outcome()).as(name).isEqualTo(CodeResolution.Outcome.RENUMBERED);
      assertThat(forward.targetCode()).isEqualTo(m(r[3]));
      assertThat(forward.path()).hasSize(2).allMatch(c -> reg.kindOf(c) == ChangeKind.RENUMBERING);
      assertThat(reg.resolve(m(r[3]), Y2019).targetCode()).as(name).isEqualTo(m(r[1]));
      assertThat(reg.resolve(m(r[2]), Y2019).targetCode()).isEqualTo(m(r[1]));
      assertThat(reg.find(m(r[1]), Y2019)).get().extracting(MunicipalityPeriod::name).isEqualTo(name);
      assertThat(reg.find(m(r[2]), Y2022)).isPresent();
      assertThat(reg.find(m(r[3]), Y2024)).isPresent();
      assertThat(reg.find(m(r[1]), Y2022)).isEmpty();
      assertThat(reg.periods(m(r[2]))).singleElement().satisfies(p -> {
        assertThat(p.validFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(p.validTo()).contains(Y2024);
      });
    }
  }

  @Test
  void bundledChangesAgreeWithTheHandWrittenKlassChangesFixture() {
    List<CodeChange> fixture = KlassJson.changes(
        StubSsbServer.fixture("klass-131_changes_kongsbergregionen_2019-2025.SYNTHETIC.json"), "fixture");
    assertThat(reg.changes()).containsExactlyInAnyOrderElementsOf(fixture);
    // every change date coincides with the validity boundaries observed in the snapshot
    for (CodeChange c : reg.changes()) {
      assertThat(reg.periods(m(c.oldCode().orElseThrow()))).last()
          .satisfies(p -> assertThat(p.validTo()).contains(c.changeOccurred()));
      assertThat(reg.periods(m(c.newCode().orElseThrow()))).first()
          .satisfies(p -> assertThat(p.validFrom()).isEqualTo(c.changeOccurred()));
    }
  }

  @Test
  void codeCountsPerYearMatchSsb() {
    assertThat(reg.codesIn(2026)).hasSize(357);
    assertThat(reg.codesIn(2024)).hasSize(357);
    assertThat(reg.codesIn(2025)).hasSize(357);
    assertThat(reg.codesIn(2022)).hasSize(356);
    assertThat(reg.codesIn(2020)).hasSize(356);
    assertThat(reg.codesIn(2019)).hasSize(422);
    assertThat(reg.codesIn(2016)).isEmpty(); // the snapshot starts in 2017
    assertThat(reg.findName(m("0301"), Y2024)).contains("Oslo - Oslove");
    assertThat(reg.findName(m("0702"), Y2019)).contains("Holmestrand"); // "(-2017)" removed
  }

  @Test
  void codesWithoutAKnownChangeAreReportedNotGuessed() {
    // 0220 Asker merged into 3025 Asker in 2020; the bundled change table does not cover it
    CodeResolution asker = reg.resolve(m("0220"), Y2024);
    assertThat(asker.outcome()).isEqualTo(CodeResolution.Outcome.UNKNOWN_SUCCESSOR);
    assertThat(asker.isAutomatic()).isFalse();
    assertThatThrownBy(asker::targetCode).isInstanceOf(KlassException.class).hasMessageContaining("0220");
    assertThat(reg.resolve(m("3303"), Y2024).outcome()).isEqualTo(CodeResolution.Outcome.UNCHANGED);
    assertThat(reg.resolve(m("2399"), Y2024).outcome()).isEqualTo(CodeResolution.Outcome.NOT_FOUND);
  }

  /** A hand-made registry (test data, not SSB's) with a merger, a split and a renumbering on one day. */
  static MunicipalityRegistry handMade() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    LocalDate start = LocalDate.of(2017, 1, 1);
    List<MunicipalityPeriod> ps = List.of(
        new MunicipalityPeriod(m("0101"), "A", start, Optional.of(d)),
        new MunicipalityPeriod(m("0102"), "B", start, Optional.of(d)),
        new MunicipalityPeriod(m("0103"), "C", start, Optional.of(d)),
        new MunicipalityPeriod(m("0104"), "D", start, Optional.of(d)),
        new MunicipalityPeriod(m("3001"), "AB", d, Optional.empty()),
        new MunicipalityPeriod(m("3002"), "C1", d, Optional.empty()),
        new MunicipalityPeriod(m("3003"), "C2", d, Optional.empty()),
        new MunicipalityPeriod(m("3004"), "D", d, Optional.empty()));
    List<CodeChange> cs = List.of(
        CodeChange.of("0101", "3001", "A", d), CodeChange.of("0102", "3001", "B", d),
        CodeChange.of("0103", "3002", "C", d), CodeChange.of("0103", "3003", "C", d),
        CodeChange.of("0104", "3004", "D", d));
    return MunicipalityRegistry.of(ps, cs, "hand-made test registry");
  }

  @Test
  void mergersAndSplitsAreClassifiedAndNeverChainedAutomatically() {
    MunicipalityRegistry r = handMade();
    LocalDate t = LocalDate.of(2024, 1, 1);
    assertThat(r.kindOf(CodeChange.of("0101", "3001", "A", LocalDate.of(2020, 1, 1)))).isEqualTo(ChangeKind.MERGER);
    assertThat(r.kindOf(CodeChange.of("0103", "3002", "C", LocalDate.of(2020, 1, 1)))).isEqualTo(ChangeKind.SPLIT);
    CodeResolution merged = r.resolve(m("0101"), t);
    assertThat(merged.outcome()).isEqualTo(CodeResolution.Outcome.MERGED);
    assertThat(merged.targets()).containsExactly(m("3001"));
    assertThat(merged.path()).hasSize(2);
    CodeResolution back = r.resolve(m("3001"), LocalDate.of(2018, 1, 1));
    assertThat(back.outcome()).isEqualTo(CodeResolution.Outcome.MERGED);
    assertThat(back.targets()).containsExactlyInAnyOrder(m("0101"), m("0102"));
    CodeResolution split = r.resolve(m("0103"), t);
    assertThat(split.outcome()).isEqualTo(CodeResolution.Outcome.SPLIT);
    assertThat(split.targets()).containsExactly(m("3002"), m("3003"));
    assertThat(r.resolve(m("0104"), t).targetCode()).isEqualTo(m("3004"));
    assertThat(r.renumberingChain(m("3001"))).containsExactly(m("3001"));
    assertThat(r.kindOf(CodeChange.of("3004", "3004", "D", LocalDate.of(2021, 1, 1)))).isEqualTo(ChangeKind.SAME_CODE);
    assertThat(r.kindOf(new CodeChange(Optional.empty(), "", Optional.of("3005"), "E", LocalDate.of(2021, 1, 1))))
        .isEqualTo(ChangeKind.CREATED);
  }
}

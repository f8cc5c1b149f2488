package io.github.livskraft.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.municipalities.internal.KlassJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  private static byte[] fixture(String name) {
    try (InputStream in = MunicipalityRegistryTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MunicipalityCode m(String code) {
    return MunicipalityCode.parse(code);
  }

  /** The reference table (reference/ssb-kostra-api.md §8.1), one row per municipality. */
  private static List<String[]> referenceTable() {
    String csv = new String(fixture("kongsbergregionen-codes.REFERENCE.csv"), StandardCharsets.UTF_8);
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
        fixture("klass-131_changes_kongsbergregionen_2019-2025.SYNTHETIC.json"), "fixture");
    assertThat(reg.changes()).containsAll(fixture);
    // every change date coincides with the validity boundaries observed in the snapshot
    for (CodeChange c : fixture) {
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
  void nationalMergersAndSplitsResolveOfflineButAreNeverChainedAutomatically() {
    // 0220 Asker, 0627 Røyken and 0628 Hurum became 3025 Asker in 2020, renumbered 3203 in 2024
    CodeResolution asker = reg.resolve(m("0220"), Y2024);
    assertThat(asker.outcome()).isEqualTo(CodeResolution.Outcome.MERGED);
    assertThat(asker.isAutomatic()).isFalse();
    assertThat(asker.targets()).contains(m("3203"));
    assertThatThrownBy(asker::targetCode).isInstanceOf(MunicipalityException.class).hasMessageContaining("0220");
    // 5012 Snillfjord was split three ways in 2020, each part merged into a neighbour: never chained
    CodeResolution snillfjord = reg.resolve(m("5012"), Y2022);
    assertThat(snillfjord.outcome()).isIn(CodeResolution.Outcome.SPLIT, CodeResolution.Outcome.MERGED);
    assertThat(snillfjord.isAutomatic()).isFalse();
    // Trøndelag 2018: 1601 Trondheim became 5001 Trondheim, a renumbering chained automatically
    CodeResolution trondheim = reg.resolve(m("1601"), Y2024);
    assertThat(trondheim.outcome()).isEqualTo(CodeResolution.Outcome.RENUMBERED);
    assertThat(trondheim.targetCode()).isEqualTo(m("5001"));
    // 5030 Klæbu was absorbed by 5001 Trondheim in 2020: a merger, although 5001 continues with no change row
    CodeResolution klaebu = reg.resolve(m("5030"), Y2024);
    assertThat(klaebu.outcome()).isEqualTo(CodeResolution.Outcome.MERGED);
    assertThat(klaebu.targets()).containsExactly(m("5001"));
    assertThat(reg.resolve(m("5001"), Y2019).outcome()).isEqualTo(CodeResolution.Outcome.UNCHANGED);
    // every code that ceased in 2018, 2020 or 2024 now has a known successor offline
    for (int year : new int[] {2017, 2019, 2023}) {
      for (MunicipalityCode c : reg.codesIn(year).stream().map(MunicipalityPeriod::code).toList()) {
        assertThat(reg.resolve(c, LocalDate.of(2024, 1, 1)).outcome()).as("%s in %s", c, year)
            .isNotIn(CodeResolution.Outcome.UNKNOWN_SUCCESSOR, CodeResolution.Outcome.NOT_FOUND);
      }
    }
    assertThat(reg.resolve(m("3303"), Y2024).outcome()).isEqualTo(CodeResolution.Outcome.UNCHANGED);
    assertThat(reg.resolve(m("2399"), Y2024).outcome()).isEqualTo(CodeResolution.Outcome.NOT_FOUND);
  }


  @Test
  void mergersAndSplitsAreClassifiedAndNeverChainedAutomatically() {
    MunicipalityRegistry r = io.github.livskraft.municipalities.fixtures.MunicipalityFixtures.handMade();
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

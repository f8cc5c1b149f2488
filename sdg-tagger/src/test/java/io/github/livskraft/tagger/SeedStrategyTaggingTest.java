package io.github.livskraft.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance check on a real document: the SDG section of the Kongsbergregionen strategy (seed 004, read from the
 * repository's {@code seeds/} folder) names SDGs 2, 3, 4, 9, 11 and 13; the bundled bokmål rules must find them.
 */
class SeedStrategyTaggingTest {
  private static final String[] HEADINGS = {"Utrydde sult:", "God helse:", "God utdanning:",
      "Innovasjon og infrastruktur:", "Bærekraftige byer og samfunn:", "Stoppe klimaendringene:"};
  private static final int[] GOALS = {2, 3, 4, 9, 11, 13};

  private static String seed() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root with seeds/").isNotNull();
    return Files.readString(dir.resolve("seeds/004_9afa16d8ba157b83.txt"), StandardCharsets.UTF_8);
  }

  private static String section(String text) {
    int start = text.indexOf(HEADINGS[0]);
    int end = text.indexOf("kommunalt nivå.", start);
    assertThat(start).isPositive();
    assertThat(end).isGreaterThan(start);
    return text.substring(start, end + "kommunalt nivå.".length());
  }

  @Test
  void sdgSectionTagsToTheSixChosenGoals() throws IOException {
    String section = section(seed());
    TagResult r = SdgTagger.bundled().tag("kongsbergregionen-sdg", section, Language.NB);
    List<GoalCode> top = r.goalCodes().subList(0, 6);
    assertThat(top).containsExactlyInAnyOrder(GoalCode.of(2), GoalCode.of(3), GoalCode.of(4), GoalCode.of(9),
        GoalCode.of(11), GoalCode.of(13));
    assertThat(LanguageDetector.detect(section)).isEqualTo(Language.NB);
  }

  @Test
  void eachGoalParagraphHasItsGoalFirst() throws IOException {
    String section = section(seed());
    for (int i = 0; i < HEADINGS.length; i++) {
      int from = section.indexOf(HEADINGS[i]);
      int to = i + 1 < HEADINGS.length ? section.indexOf(HEADINGS[i + 1]) : section.length();
      String paragraph = section.substring(from, to);
      TagResult r = SdgTagger.bundled().tag("p" + i, paragraph, Language.NB);
      assertThat(r.goalCodes()).as(HEADINGS[i]).isNotEmpty();
      assertThat(r.goalCodes().get(0)).as(HEADINGS[i]).isEqualTo(GoalCode.of(GOALS[i]));
    }
  }
}

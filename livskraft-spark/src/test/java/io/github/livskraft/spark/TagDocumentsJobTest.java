package io.github.livskraft.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.tagger.GoalSuggestion;
import io.github.livskraft.tagger.SdgTagger;
import io.github.livskraft.tagger.TagResult;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.spark.internal.ExplicitReferences;
import io.github.livskraft.spark.job.TagDocumentsJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job on the five real Norwegian seed documents laid out as municipality/year folders. */
class TagDocumentsJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("job-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void writesOneRowPerDocumentAndGoalAndAMunicipalityYearSummary(@TempDir Path dir) throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Path.of("../seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    String[] places = {"3303/2023", "3303/2024", "3303/2024", "4005/2024", "misc"};
    Map<String, String> texts = new TreeMap<>();
    for (int i = 0; i < seeds.size(); i++) {
      Path target = dir.resolve("in").resolve(places[i % places.length]).resolve("doc" + i + ".txt");
      Files.createDirectories(target.getParent());
      String text = Files.readString(seeds.get(i), StandardCharsets.UTF_8)
          + (i == 1 ? "\nSaken bygger på bærekraftsmål nr. 5 og delmål 11.6." : "");
      Files.writeString(target, text, StandardCharsets.UTF_8);
      texts.put(target.getFileName().toString(), text);
    }
    Files.writeString(dir.resolve("in/misc/ignored.pdf"), "not text", StandardCharsets.UTF_8);

    TagDocumentsJob.Result r = TagDocumentsJob.run(spark, dir.resolve("in").toString(),
        dir.resolve("out").toString());
    assertThat(r.documents()).isEqualTo(seeds.size());

    SdgTagger tagger = SdgTagger.bundled();
    List<String> expected = new ArrayList<>();
    Map<String, Integer> docsPerKey = new HashMap<>();
    for (var e : texts.entrySet()) {
      TagResult t = tagger.tag("x", e.getValue());
      var refs = ExplicitReferences.find(e.getValue(), SdgCatalogue.bundled());
      java.util.Set<Integer> named = new java.util.TreeSet<>();
      refs.forEach(x -> named.add(x.goal()));
      for (GoalSuggestion g : t.goals()) {
        expected.add(e.getKey() + "|" + g.goal().number() + "|" + g.score() + "|" + named.remove(g.goal().number()));
      }
      named.forEach(n -> expected.add(e.getKey() + "|" + n + "|null|true"));
    }
    List<Row> rows = spark.read().parquet(dir.resolve("out/document-goals").toString()).collectAsList();
    List<String> got = rows.stream().map(x -> Path.of(x.<String>getAs("path")).getFileName() + "|"
        + x.<Integer>getAs("goal") + "|" + x.<Double>getAs("score") + "|" + x.<Boolean>getAs("explicit")).sorted()
        .toList();
    assertThat(got).isEqualTo(expected.stream().sorted().toList()).isNotEmpty();
    assertThat(got).as("named explicitly").anyMatch(x -> x.startsWith("doc1.txt|5|") && x.endsWith("|true"))
        .anyMatch(x -> x.startsWith("doc1.txt|11|") && x.endsWith("|true"));
    for (Row x : rows) {
      String file = Path.of(x.<String>getAs("path")).getFileName().toString();
      int i = Integer.parseInt(file.replaceAll("\\D", ""));
      String place = places[i % places.length];
      assertThat(x.<String>getAs("municipality")).isEqualTo(place.equals("misc") ? null : place.substring(0, 4));
      docsPerKey.merge(place + "|" + x.<Integer>getAs("goal"), 1, Integer::sum);
    }

    List<Row> summary = spark.read().parquet(dir.resolve("out/summary").toString()).collectAsList();
    assertThat(summary).hasSize(docsPerKey.size());
    for (Row s : summary) {
      String m = s.getAs("municipality");
      String place = m == null ? "misc" : m + "/" + s.<Integer>getAs("year");
      long documents = docsPerKey.get(place + "|" + s.getAs("goal"));
      assertThat(s.<Long>getAs("documents")).as(place).isEqualTo(documents);
      long total = Stream.of(places).limit(seeds.size()).filter(place::equals).count();
      assertThat(s.<Long>getAs("documents_total")).isEqualTo(total);
    }
  }
}

package io.github.livskraft.tagger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
  private static final List<String> BUNDLED = List.of("en-goals", "en-targets", "nb-goals", "nb-targets", "nn-goals",
      "nn-targets");
  private static final RuleFileLimits LIMITS = new RuleFileLimits(4_000_000, 100_000, 100_000, 100_000, 200_000);

  /**
   * The nynorsk rules derived from the parsed bokmål rules are the rules the earlier text rewrite gave: for all
   * bundled files, loaded in the bundled order, the same rules (id, goal, target, language, weight, expression,
   * source, line), the same expression trees with the same term ids and patterns (so the same dictionaries), the
   * same per-goal policies, and the same firings on nynorsk sentences.
   */
  @Test
  void derivedNynorskRulesEqualTheRulesOfTheRewrittenText() throws IOException {
    RuleEngine.Builder viaText = new RuleEngine.Builder();
    RuleEngine.Builder viaParsedRules = new RuleEngine.Builder();
    for (String name : BUNDLED) {
      String text = bundled(name);
      String source = "rules/" + name + ".sdgrules";
      viaText.add(new StringReader(text), source, LIMITS);
      if (name.startsWith("nb-")) {
        viaText.add(new StringReader(rewrittenAsNynorsk(text)), source + " (nynorsk forms)", LIMITS);
        viaParsedRules.addWithNynorskForms(new StringReader(text), source, source + " (nynorsk forms)", LIMITS);
      } else {
        viaParsedRules.add(new StringReader(text), source, LIMITS);
      }
    }
    RuleEngine expected = viaText.build();
    RuleEngine actual = viaParsedRules.build();

    assertThat(actual.rules()).hasSameSizeAs(expected.rules());
    // the comparison covers the derived rules, not only the files' own: kept as nnb.X, or folded into their nn.X twin
    long kept = actual.rules().stream().filter(r -> r.id().startsWith("nnb.")).count();
    long folded = actual.rules().stream().filter(r -> r.expr() instanceof Expr.Or o && o.parts().size() == 2
        && r.expression().contains(") OR (")).count();
    assertThat(kept).isPositive();
    assertThat(kept + folded).isGreaterThan(100);
    for (int i = 0; i < expected.rules().size(); i++) {
      assertThat(describe(actual.rules().get(i))).isEqualTo(describe(expected.rules().get(i)));
    }
    for (Language language : Language.values()) {
      assertThat(actual.policy(language)).isEqualTo(expected.policy(language));
    }
    for (String sentence : List.of("Kommunen skal auke talet på solcellepanel på offentlege bygg.",
        "Drikkevatnet skal vere reint, og hushaldsavfallet skal sorterast betre.",
        "Vi vil styrkje folkehelsa og redusere klimagassutsleppa frå transport i kommunen.",
        "Barnehagane og skulane skal ha nok tilsette og god kvalitet i undervisninga.")) {
      assertThat(firings(actual, sentence)).isEqualTo(firings(expected, sentence)).isNotEmpty();
    }
  }

  private static String bundled(String name) throws IOException {
    try (InputStream in = RuleEngine.class.getResourceAsStream("/io/github/livskraft/tagger/rules/" + name
        + ".sdgrules")) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> firings(RuleEngine engine, String sentence) {
    return engine.match(sentence, Language.NN).stream()
        .map(f -> f.rule().id() + " " + f.occurrences() + " " + f.hits()).collect(Collectors.toList());
  }

  private static String describe(RuleDef r) {
    return String.join(" | ", r.id(), r.goal().toString(), String.valueOf(r.target()), r.language().toString(),
        Double.toString(r.weight()), r.expression(), r.source(), Integer.toString(r.line()), describe(r.expr()));
  }

  private static String describe(Expr e) {
    if (e instanceof Expr.Term t) {
      return t.id() + ":" + t.pattern();
    } else if (e instanceof Expr.Phrase p) {
      return "\"" + Arrays.toString(p.ids()) + ":" + p.text() + "\"";
    } else if (e instanceof Expr.Or o) {
      return "OR" + parts(o.parts());
    } else if (e instanceof Expr.And a) {
      return "AND" + parts(a.parts());
    } else if (e instanceof Expr.Not n) {
      return "NOT(" + describe(n.positive()) + ", " + describe(n.negative()) + ")";
    } else if (e instanceof Expr.Near n) {
      return "NEAR/" + n.distance() + "(" + describe(n.left()) + ", " + describe(n.right()) + ")";
    }
    throw new AssertionError(e);
  }

  private static String parts(List<Expr> parts) {
    List<String> out = new ArrayList<>();
    parts.forEach(p -> out.add(describe(p)));
    return out.toString();
  }

  /**
   * The oracle: the text rewrite the bundled nynorsk-forms rules were made with before they were derived from the
   * parsed rules ({@code @language nn}, rule ids {@code nb.X} → {@code nnb.X}, every other line unchanged).
   */
  private static String rewrittenAsNynorsk(String bokmal) {
    StringBuilder out = new StringBuilder(bokmal.length() + 1024);
    for (String line : bokmal.split("\n", -1)) {
      if (line.startsWith("@language")) {
        line = "@language nn";
      } else if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#'
          && line.charAt(0) != '@') {
        int codeEnd = 0;
        while (codeEnd < line.length() && !Character.isWhitespace(line.charAt(codeEnd))) {
          codeEnd++;
        }
        int idStart = codeEnd;
        while (idStart < line.length() && Character.isWhitespace(line.charAt(idStart))) {
          idStart++;
        }
        if (line.startsWith("nb.", idStart)) {
          line = line.substring(0, idStart) + "nnb." + line.substring(idStart + 3);
        }
      }
      out.append(line).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }
}

package io.github.livskraft.plan.coherence;

import io.github.livskraft.plan.Severity;
import io.github.livskraft.sdg.LocalizedText;
import java.util.Objects;
import java.util.function.Consumer;

/** A rule backed by a function. */
record FunctionRule(String code, Severity severity, LocalizedText title, LocalizedText explanation,
    Consumer<CoherenceContext> check) implements CoherenceRule {

  FunctionRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(check, "check");
  }

  @Override
  public void check(CoherenceContext context) {
    check.accept(context);
  }
}

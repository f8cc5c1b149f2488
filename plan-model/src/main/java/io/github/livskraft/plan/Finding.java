package io.github.livskraft.plan;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import java.util.Optional;

/**
 * One result of validation or a coherence rule: a stable code, a severity, what it concerns (plan, element,
 * JSON path and, when the plan was read from a file, the file location) and the message in bokmål, English and
 * nynorsk. Immutable.
 *
 * @param code the stable code, e.g. {@code PLAN-V020} (validation) or {@code PLAN-C008} (coherence)
 * @param severity the severity
 * @param planId the plan, if the finding concerns one
 * @param elementId the element, if the finding concerns one
 * @param path the JSON path in the document, e.g. {@code $.plans[0].elements[3].sdgLinks[0]}, or empty
 * @param location the file location, if known
 * @param message the message
 */
public record Finding(String code, Severity severity, Optional<String> planId, Optional<String> elementId,
    String path, Optional<SourceLocation> location, LocalizedText message) {

  /** Checks for nulls. */
  public Finding {
    Checks.required(code, "code");
    Checks.required(severity, "severity");
    planId = Checks.opt(planId);
    elementId = Checks.opt(elementId);
    path = path == null ? "" : path;
    location = Checks.opt(location);
    Checks.required(message, "message");
  }

  /**
   * The message in a language (nynorsk falls back to bokmål).
   *
   * @param language the language
   * @return the text
   */
  public String message(Language language) {
    return message.text(language);
  }

  /**
   * This finding with a file location.
   *
   * @param where the location
   * @return a new finding
   */
  public Finding at(SourceLocation where) {
    return new Finding(code, severity, planId, elementId, path, Optional.of(where), message);
  }

  /**
   * One line for a terminal or log: {@code file:line:col: ERROR PLAN-V020 [plan/element] message}.
   *
   * @param language the message language
   * @return the line
   */
  public String format(Language language) {
    StringBuilder sb = new StringBuilder();
    location.ifPresent(l -> sb.append(l).append(": "));
    sb.append(severity).append(' ').append(code);
    if (planId.isPresent() || !path.isEmpty()) {
      sb.append(" [").append(planId.orElse(""));
      elementId.ifPresent(e -> sb.append('#').append(e));
      if (!path.isEmpty()) {
        sb.append(planId.isPresent() ? " " : "").append(path);
      }
      sb.append(']');
    }
    return sb.append(' ').append(message(language)).toString();
  }
}

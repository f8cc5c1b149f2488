package io.github.livskraft.indicators.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Labels for progress statuses, per language — data, not code: the defaults are the bundled resource
 * {@code progress-labels.json} (Open SDG's published English labels such as "On track" and "Progress made but
 * acceleration needed", with bokmål and nynorsk); a municipality can load its own file with {@link #load} or change
 * single labels with {@link #with}.
 *
 * <pre>{@code
 * ProgressLabels mine = ProgressLabels.bundled()
 *     .with(ProgressStatus.SUBSTANTIAL_PROGRESS, Language.NB, "Godt i gang");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgressLabels {
  private final Map<ProgressStatus, Map<Language, String>> labels;

  private ProgressLabels(Map<ProgressStatus, Map<Language, String>> labels) {
    this.labels = labels;
  }

  /** Lazily loaded, immutable defaults. */
  private static final class Holder {
    static final ProgressLabels DEFAULTS = createDefaults();
  }

  private static ProgressLabels createDefaults() {
    try (InputStream in = ProgressLabels.class.getResourceAsStream("progress-labels.json")) {
      if (in == null) {
        throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, IndicatorErrorCode.DEFINITION_FORMAT.fragment("bundled", "progress-labels.json"), null);
      }
      return load(in, "progress-labels.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads labels from JSON: an object keyed by status code ({@code target_achieved}, …), each an object with
   * {@code en}, {@code nb} and optionally {@code nn}. Every status must be present.
   *
   * <pre>{@code
   * {"substantial_progress": {"en": "On track", "nb": "I rute"}, …}
   * }</pre>
   *
   * @param in the JSON (not closed)
   * @param sourceName the name for messages
   * @return the labels
   * @throws IndicatorException {@code IND-0002} naming the source and the status or field that is wrong
   */
  public static ProgressLabels load(InputStream in, String sourceName) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, IndicatorErrorCode.DEFINITION_FORMAT.fragment(
          "json", sourceName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr()), e);
    } catch (IOException e) {
      throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT,
          IndicatorErrorCode.DEFINITION_FORMAT.fragment("read", sourceName, e.getClass().getSimpleName()), e);
    }
    if (root == null || !root.isObject()) {
      throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, null, sourceName, "$", IndicatorErrorCode.DEFINITION_FORMAT.fragment("expect.status-object"));
    }
    Map<ProgressStatus, Map<Language, String>> m = new EnumMap<>(ProgressStatus.class);
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String code = it.next();
      ProgressStatus st = ProgressStatus.fromCode(code).orElseThrow(() -> new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, null, sourceName, "$." + code, IndicatorErrorCode.DEFINITION_FORMAT.fragment("expect.status-code")));
      Map<Language, String> byLang = new EnumMap<>(Language.class);
      for (Language l : Language.values()) {
        JsonNode v = root.get(code).get(l.tag());
        if (v != null && v.isTextual() && !v.asText().isBlank()) {
          byLang.put(l, v.asText());
        } else if (l != Language.NN) {
          throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, null, sourceName, "$." + code + "." + l.tag(), IndicatorErrorCode.DEFINITION_FORMAT.fragment("expect.label"));
        }
      }
      m.put(st, Map.copyOf(byLang));
    }
    for (ProgressStatus st : ProgressStatus.values()) {
      if (!m.containsKey(st)) {
        throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, null, sourceName, "$." + st.code(), IndicatorErrorCode.DEFINITION_FORMAT.fragment("expect.labels"));
      }
    }
    return new ProgressLabels(m);
  }

  /** The default labels (English, bokmål, nynorsk). */
  public static ProgressLabels bundled() {
    return Holder.DEFAULTS;
  }

  /**
   * The label of a status.
   *
   * @param status the status
   * @param language the language (falls back nn → nb → en)
   * @return the label
   */
  public String label(ProgressStatus status, Language language) {
    Map<Language, String> byLang = labels.get(status);
    for (Language l : language.fallbackChain()) {
      String s = byLang.get(l);
      if (s != null) {
        return s;
      }
    }
    return status.code();
  }

  /**
   * A copy with one label replaced.
   *
   * @param status the status
   * @param language the language
   * @param label the new label
   * @return the new labels
   */
  public ProgressLabels with(ProgressStatus status, Language language, String label) {
    Objects.requireNonNull(label, "label");
    Map<ProgressStatus, Map<Language, String>> m = new EnumMap<>(labels);
    Map<Language, String> l = new EnumMap<>(Language.class);
    l.putAll(labels.get(status));
    l.put(language, label);
    m.put(status, Map.copyOf(l));
    return new ProgressLabels(m);
  }
}

package io.github.livskraft.report;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageBundle;
import io.github.livskraft.sdg.LocalizedText;
import java.util.Map;

/**
 * The fixed labels of the report, in bokmål, nynorsk and English, from the bundle
 * {@code /livskraft-messages/report-labels_en|nb|nn.properties}.
 */
final class Labels {
  private Labels() {}

  /** The labels bundle {@code /livskraft-messages/report-labels_en|nb|nn.properties} (plain texts). */
  private static final MessageBundle BUNDLE = MessageBundle.load(Labels.class, "report-labels");

  private static final Map<String, LocalizedText> LABELS = load();

  private static Map<String, LocalizedText> load() {
    Map<String, LocalizedText> m = new java.util.HashMap<>();
    for (String key : BUNDLE.keys()) {
      m.put(key, Texts.of(l -> BUNDLE.pattern(key, l)));
    }
    m.put("progress.rules", Texts.of(l -> ReportErrorCode.DATA.messages().format("label.progress.rules", l,
        String.valueOf(ProgressRules.MIN_YEARS), String.valueOf(ProgressRules.MIN_COUNT),
        l == Language.EN ? ProgressRules.FLAT_PERCENT_TEXT_EN : ProgressRules.FLAT_PERCENT_TEXT_NB)));
    return Map.copyOf(m);
  }

  /** The label of a follow-up status (plan-model's nb/nn/en labels). */
  static LocalizedText status(io.github.livskraft.plan.FollowUpStatus st) {
    return Texts.of(st::label);
  }

  /** The label of an årshjul event kind (plan-model's nb/nn/en labels). */
  static LocalizedText kind(io.github.livskraft.plan.EventKind k) {
    return Texts.of(k::label);
  }

  static LocalizedText get(String key) {
    LocalizedText t = LABELS.get(key);
    if (t == null) {
      throw new IllegalStateException("no label '" + key + "'");
    }
    return t;
  }

  static String get(String key, Language lang) {
    return get(key).text(lang);
  }

  /** Every key (for the completeness test). */
  static java.util.Set<String> keys() {
    return LABELS.keySet();
  }
}

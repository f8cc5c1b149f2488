package io.github.livskraft.cli;

import io.github.livskraft.sdg.CatalogueRevision;
import io.github.livskraft.sdg.Goal;
import io.github.livskraft.sdg.Indicator;
import io.github.livskraft.sdg.IndicatorListing;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.Target;
import io.github.livskraft.sdg.TargetKind;
import io.github.livskraft.sdg.TextProvenance;
import io.github.livskraft.sdg.TextVariant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts over a catalogue, for {@code livskraft catalogue stats}.
 *
 * @param revision the edition
 * @param goals number of goals
 * @param targets number of targets
 * @param numericTargets targets with a numeric suffix
 * @param letterTargets targets with a letter suffix
 * @param outcomeTargets outcome targets
 * @param meansTargets means-of-implementation targets
 * @param indicatorListings indicator listings
 * @param uniqueIndicators unique indicators
 * @param repeatGroups indicators listed under more than one target
 * @param olderWordingTranslations bokmål indicator texts translated from an older English wording
 * @param indicatorChanges indicators changed since the 2022 list
 * @param texts per text field: language → provenance → count (own texts only, no fallback)
 */
record CatalogueStats(CatalogueRevision revision, int goals, int targets, long numericTargets, long letterTargets,
    long outcomeTargets, long meansTargets, int indicatorListings, int uniqueIndicators, long repeatGroups,
    long olderWordingTranslations, int indicatorChanges,
    Map<String, Map<Language, Map<TextProvenance, Integer>>> texts) {

  static CatalogueStats of(SdgCatalogue cat) {
    List<Target> targets = cat.targets();
    Map<String, Map<Language, Map<TextProvenance, Integer>>> texts = new LinkedHashMap<>();
    texts.put("goalTitles", count(cat.goals(), Goal::titleText));
    texts.put("goalShortNames", count(cat.goals(), Goal::shortNameText));
    texts.put("targetTitles", count(targets, Target::titleText));
    texts.put("indicatorTitles", count(cat.indicatorListings(), IndicatorListing::titleText));
    return new CatalogueStats(cat.revision(), cat.goals().size(), targets.size(),
        targets.stream().filter(t -> !t.code().isLetter()).count(),
        targets.stream().filter(t -> t.code().isLetter()).count(),
        targets.stream().filter(t -> t.kind() == TargetKind.OUTCOME).count(),
        targets.stream().filter(t -> t.kind() == TargetKind.MEANS_OF_IMPLEMENTATION).count(),
        cat.indicatorListingCount(), cat.uniqueIndicatorCount(),
        cat.indicators().stream().filter(Indicator::isRepeated).count(),
        cat.indicatorListings().stream().filter(IndicatorListing::norwegianFollowsOlderWording).count(),
        cat.changes().size(), texts);
  }

  private static <T> Map<Language, Map<TextProvenance, Integer>> count(List<T> items,
      Function<T, LocalizedText> text) {
    Map<Language, Map<TextProvenance, Integer>> out = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      out.put(l, new EnumMap<>(TextProvenance.class));
    }
    for (T item : items) {
      for (TextVariant v : text.apply(item).variants()) {
        out.get(v.language()).merge(v.provenance(), 1, Integer::sum);
      }
    }
    return out;
  }
}

/**
 * The UN Sustainable Development Goals catalogue: goals (bærekraftsmål), targets (delmål) and indicators, with
 * English, bokmål and nynorsk text and the provenance of each text.
 *
 * <p>Entry points: {@link io.github.livskraft.sdg.SdgCatalogue} (the bundled edition via
 * {@code SdgCatalogue.bundled()}, other editions via {@code load}) and the code types
 * {@link io.github.livskraft.sdg.GoalCode}, {@link io.github.livskraft.sdg.TargetCode},
 * {@link io.github.livskraft.sdg.IndicatorCode}.
 *
 * <pre>{@code
 * SdgCatalogue cat = SdgCatalogue.bundled();
 * String nb = cat.getTarget("11.6").title(Language.NB);
 * List<SearchHit> hits = cat.search("klima", Language.NB);
 * }</pre>
 *
 * <p>Texts carry their {@link io.github.livskraft.sdg.TextProvenance} (official UN, official Norwegian,
 * community, machine); fallback between languages is explicit, see
 * {@link io.github.livskraft.sdg.LocalizedText#resolve(Language)}.
 */
@NullMarked
package io.github.livskraft.sdg;

import org.jspecify.annotations.NullMarked;

package io.github.livskraft.sdg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue text in up to three languages (English, bokmål, nynorsk), each with its {@link TextProvenance}.
 * Immutable and thread-safe; never empty.
 *
 * <p><b>Fallback</b> ({@link #resolve(Language)}) is explicit and provenance-aware, never the JDK
 * {@code ResourceBundle} chain (which never reaches {@code nb} from {@code nn}):
 * <ul>
 *   <li>{@code en}: English, then bokmål, then nynorsk;</li>
 *   <li>{@code nb}: official bokmål → official nynorsk → community bokmål → community nynorsk → English;</li>
 *   <li>{@code nn}: official nynorsk → official bokmål → community nynorsk → community bokmål → English.</li>
 * </ul>
 * The returned {@link TextVariant} says which language and provenance was chosen, so a caller can mark
 * fallback or community text.
 *
 * <pre>{@code
 * TextVariant v = target.titleText().resolve(Language.NN);
 * if (v.language() != Language.NN) { ... show "(bokmål)" ... }
 * }</pre>
 */
public final class LocalizedText {
  private final Map<Language, TextVariant> variants;

  private LocalizedText(Map<Language, TextVariant> variants) {
    this.variants = variants;
  }

  /**
   * A text from its variants, at most one per language.
   *
   * @param variants one or more variants
   * @return the text
   * @throws IllegalArgumentException if empty or a language repeats
   */
  public static LocalizedText of(Collection<TextVariant> variants) {
    Objects.requireNonNull(variants, "variants");
    if (variants.isEmpty()) {
      throw new CodedArgumentException(SdgErrorCode.INVALID_TEXT, "");
    }
    EnumMap<Language, TextVariant> map = new EnumMap<>(Language.class);
    for (TextVariant v : variants) {
      Objects.requireNonNull(v, "variant");
      if (map.put(v.language(), v) != null) {
        throw new CodedArgumentException(SdgErrorCode.INVALID_TEXT, String.join(", ",
            variants.stream().map(x -> x.language().tag()).toList()));
      }
    }
    return new LocalizedText(map);
  }

  /**
   * A text from its variants.
   *
   * @param variants one or more variants, at most one per language
   * @return the text
   */
  public static LocalizedText of(TextVariant... variants) {
    return of(List.of(variants));
  }

  /**
   * A text written by the program that uses Livskraft — a municipality's own coherence rule, finding or label — in
   * bokmål, nynorsk and English, each a {@link TextProvenance#COMMUNITY} variant from the source {@value #OWN_TEXT}.
   * Nynorsk may be left out ({@code null}): a nynorsk reader then gets the bokmål text by the fallback rule above,
   * and {@link #find(Language) find(NN)} is empty, so a caller can mark it.
   *
   * <pre>{@code
   * LocalizedText title = LocalizedText.of("Tiltak uten budsjett", "Tiltak utan budsjett", "Measure without budget");
   * }</pre>
   *
   * @param nb bokmål
   * @param nn nynorsk, or {@code null} when there is none
   * @param en English
   * @return the text
   * @throws CodedArgumentException {@code SDG-0007} if a text given is empty or only white space
   * @see #of(String, String, String, String)
   */
  public static LocalizedText of(String nb, @Nullable String nn, String en) {
    return of(nb, nn, en, OWN_TEXT);
  }

  /**
   * A text in bokmål, nynorsk and English with the source it comes from (e.g. {@code kommunen:planstrategi-2024}),
   * each a {@link TextProvenance#COMMUNITY} variant; as {@link #of(String, String, String)} otherwise. Official
   * wording (the UN's, a ministry's) is never made here: build its {@link TextVariant}s with
   * {@link TextProvenance#OFFICIAL_UN} or {@link TextProvenance#OFFICIAL_NO} and their sources.
   *
   * @param nb bokmål
   * @param nn nynorsk, or {@code null} when there is none
   * @param en English
   * @param source where the texts come from
   * @return the text
   * @throws CodedArgumentException {@code SDG-0007} if a text given is empty or only white space
   */
  public static LocalizedText of(String nb, @Nullable String nn, String en, String source) {
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(source, "source");
    List<TextVariant> v = new ArrayList<>(3);
    v.add(variant(Language.EN, en, source));
    v.add(variant(Language.NB, nb, source));
    if (nn != null) {
      v.add(variant(Language.NN, nn, source));
    }
    return of(v);
  }

  /** The source of the texts made by {@link #of(String, String, String)}: the using program's own texts. */
  public static final String OWN_TEXT = "own text";

  private static TextVariant variant(Language language, String text, String source) {
    if (text.isBlank()) {
      throw new CodedArgumentException(SdgErrorCode.INVALID_TEXT.fragment("blank", language.tag()),
          SdgErrorCode.INVALID_TEXT);
    }
    return TextVariant.of(language, text, TextProvenance.COMMUNITY, source);
  }

  /**
   * A text in all three languages from a per-language function, e.g. an enum's {@code label(Language)} or a
   * {@link MessageFragment#text(Language)}.
   *
   * @param text the text of each language (never blank)
   * @param provenance the provenance of every variant
   * @param source where the texts come from, e.g. {@code livskraft-messages/plan}
   * @return the text
   */
  public static LocalizedText of(java.util.function.Function<Language, String> text, TextProvenance provenance,
      String source) {
    Objects.requireNonNull(text, "text");
    List<TextVariant> v = new ArrayList<>(3);
    for (Language l : Language.values()) {
      v.add(TextVariant.of(l, text.apply(l), provenance, source));
    }
    return of(v);
  }

  /**
   * The text in exactly this language, without fallback.
   *
   * @param language the language
   * @return the variant, or empty
   */
  public Optional<TextVariant> find(Language language) {
    return Optional.ofNullable(variants.get(Objects.requireNonNull(language, "language")));
  }

  /**
   * The best text for a reader of {@code language}, following the fallback rule in the class description.
   *
   * @param language the reader's language
   * @return the chosen variant (its {@link TextVariant#language()} may differ from the request)
   */
  public TextVariant resolve(Language language) {
    Objects.requireNonNull(language, "language");
    if (language == Language.EN) {
      for (Language l : List.of(Language.EN, Language.NB, Language.NN)) {
        TextVariant v = variants.get(l);
        if (v != null) {
          return v;
        }
      }
    }
    Language other = language == Language.NB ? Language.NN : Language.NB;
    List<Language> norwegian = List.of(language, other);
    for (Language l : norwegian) {
      TextVariant v = variants.get(l);
      if (v != null && v.isOfficial()) {
        return v;
      }
    }
    for (Language l : norwegian) {
      TextVariant v = variants.get(l);
      if (v != null) {
        return v;
      }
    }
    return variants.values().iterator().next();
  }

  /**
   * The text for a reader of {@code language} (see {@link #resolve(Language)}).
   *
   * @param language the reader's language
   * @return the text
   */
  public String text(Language language) {
    return resolve(language).text();
  }

  /** The languages with a text of their own. */
  public Set<Language> languages() {
    return EnumSet.copyOf(variants.keySet());
  }

  /** All variants, in the order en, nb, nn. */
  public List<TextVariant> variants() {
    return List.copyOf(new ArrayList<>(variants.values()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LocalizedText t && t.variants.equals(variants);
  }

  @Override
  public int hashCode() {
    return variants.hashCode();
  }

  /** The English text (or the first available). */
  @Override
  public String toString() {
    return resolve(Language.EN).text();
  }
}

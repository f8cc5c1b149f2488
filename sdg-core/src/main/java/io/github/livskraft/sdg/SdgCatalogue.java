package io.github.livskraft.sdg;

import io.github.livskraft.sdg.internal.CompactEdition;
import io.github.livskraft.sdg.internal.SearchIndex;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The SDG catalogue: 17 goals, 169 targets and 251 indicator listings (234 unique indicators) of the UN global
 * indicator framework after the 2025 review, in English, bokmål and — where known — nynorsk, with the
 * provenance of every text. Immutable and thread-safe; lookups by code are O(1).
 *
 * <pre>{@code
 * SdgCatalogue cat = SdgCatalogue.bundled();          // bundled edition, parsed once on first use
 * Goal g = cat.getGoal(GoalCode.of(11));
 * g.title(Language.NB);                                        // "Gjøre byer og lokalsamfunn inkluderende, …"
 * Target t = cat.getTarget("11.6");                            // throws InvalidCodeException / UnknownCodeException
 * Indicator i = cat.getIndicator("13.1.1");                    // the same Indicator as for 1.5.1 and 11.5.1
 * List<SearchHit> hits = cat.search("klima", Language.NB);     // ranked, Norwegian-aware
 * }</pre>
 *
 * <p>Other editions (a future UN revision, a corrected Norwegian text set, a test fixture) are loaded with
 * {@link #load(Path)} or {@link #load(URL)} from files in the same format as the bundled ones. Loading is
 * strict: any malformed file fails with a {@link CatalogueFormatException} naming the file, line and column.
 */
public final class SdgCatalogue {
  /** Class-relative path of the bundled edition. */
  static final String BUNDLED = "data/2025-review/";

  private final CatalogueReader.Edition edition;
  /** Made on first use (racy but idempotent: every thread makes an equal value). */
  private @org.jspecify.annotations.Nullable CatalogueRevision revision;
  private final List<Goal> goals;
  private final List<Target> targets;
  private final List<IndicatorListing> listings;
  private final List<Indicator> indicators;
  private final List<IndicatorChange> changes;
  private final Map<GoalCode, Goal> goalsByCode;
  private final Map<TargetCode, Target> targetsByCode;
  private final Map<IndicatorCode, IndicatorListing> listingsByCode;
  private final Map<IndicatorCode, Indicator> indicatorsByCode;
  private final Map<String, Indicator> indicatorsByUnsd;
  private final Map<GoalCode, List<Target>> targetsByGoal;
  private final Map<TargetCode, List<IndicatorListing>> listingsByTarget;
  private final Map<TargetCode, List<Indicator>> indicatorsByTarget;
  private final Map<IndicatorCode, IndicatorChange> changesByCode;
  private final List<CatalogueEntry> entries;
  /** Search indexes, built per language on first search (thread-safe, at most once each). */
  private final ConcurrentMap<Language, SearchIndex> indexes = new ConcurrentHashMap<>();

  private SdgCatalogue(CatalogueReader.Data data) {
    this.edition = data.edition();
    this.goals = List.copyOf(data.goals());
    this.targets = List.copyOf(data.targets());
    this.listings = List.copyOf(data.listings());
    this.indicators = List.copyOf(data.indicators());
    this.changes = List.copyOf(data.changes());
    Map<GoalCode, Goal> g = new HashMap<>();
    for (Goal x : goals) {
      g.put(x.code(), x);
    }
    this.goalsByCode = Map.copyOf(g);
    Map<TargetCode, Target> t = new HashMap<>();
    Map<GoalCode, List<Target>> tg = new LinkedHashMap<>();
    for (Target x : targets) {
      t.put(x.code(), x);
      listFor(tg, x.goal()).add(x);
    }
    this.targetsByCode = Map.copyOf(t);
    this.targetsByGoal = copyOfLists(tg);
    Map<IndicatorCode, IndicatorListing> l = new HashMap<>();
    Map<TargetCode, List<IndicatorListing>> lt = new LinkedHashMap<>();
    for (IndicatorListing x : listings) {
      l.put(x.code(), x);
      listFor(lt, x.target()).add(x);
    }
    this.listingsByCode = Map.copyOf(l);
    this.listingsByTarget = copyOfLists(lt);
    Map<IndicatorCode, Indicator> i = new HashMap<>();
    Map<String, Indicator> u = new HashMap<>();
    for (Indicator x : indicators) {
      for (IndicatorListing p : x.listings()) {
        i.put(p.code(), x);
        u.putIfAbsent(p.unsdCode(), x);
      }
    }
    Map<TargetCode, List<Indicator>> it = new LinkedHashMap<>();
    for (Map.Entry<TargetCode, List<IndicatorListing>> e : lt.entrySet()) {
      List<Indicator> under = new ArrayList<>();
      for (IndicatorListing x : e.getValue()) {
        Indicator ind = i.get(x.code());
        if (!containsSame(under, ind)) {
          under.add(ind);
        }
      }
      it.put(e.getKey(), under);
    }
    this.indicatorsByCode = Map.copyOf(i);
    this.indicatorsByUnsd = Map.copyOf(u);
    this.indicatorsByTarget = copyOfLists(it);
    Map<IndicatorCode, IndicatorChange> c = new HashMap<>();
    for (IndicatorChange x : changes) {
      c.put(x.code(), x);
    }
    this.changesByCode = Map.copyOf(c);
    List<CatalogueEntry> all = new ArrayList<>(goals.size() + targets.size() + indicators.size());
    all.addAll(goals);
    all.addAll(targets);
    all.addAll(indicators);
    this.entries = List.copyOf(all);
  }

  // Loops rather than lambdas and streams in the constructor: the first load runs in a cold JVM, where the
  // lambda machinery alone costs tens of milliseconds.
  private static <K, V> List<V> listFor(Map<K, List<V>> m, K key) {
    List<V> list = m.get(key);
    if (list == null) {
      list = new ArrayList<>();
      m.put(key, list);
    }
    return list;
  }

  private static boolean containsSame(List<?> list, Object o) {
    for (Object x : list) {
      if (x == o) {
        return true;
      }
    }
    return false;
  }

  private static <K, V> Map<K, List<V>> copyOfLists(Map<K, List<V>> m) {
    Map<K, List<V>> out = new HashMap<>();
    for (Map.Entry<K, List<V>> e : m.entrySet()) {
      out.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Map.copyOf(out);
  }

  private SearchIndex buildIndex(Language lang) {
    SearchIndex.Builder b = SearchIndex.builder();
    for (int n = 0; n < entries.size(); n++) {
      CatalogueEntry e = entries.get(n);
      b.add(n, searchTexts(e, lang), BOOST.get(e.entryType()));
    }
    return b.build();
  }

  /** Search boost per entry type: when words match equally well, goals come before targets before indicators. */
  private static final Map<EntryType, Double> BOOST =
      Map.of(EntryType.GOAL, 0.5, EntryType.TARGET, 0.25, EntryType.INDICATOR, 0.0);

  private static List<String> searchTexts(CatalogueEntry e, Language lang) {
    if (e instanceof Goal g) {
      return List.of(g.title(lang), g.shortName(lang));
    }
    if (e instanceof Indicator i) {
      return i.listings().stream().map(x -> x.title(lang)).distinct().toList();
    }
    return List.of(e.title(lang));
  }

  // ---------------------------------------------------------------- loading

  private static final class DefaultHolder {
    static final SdgCatalogue INSTANCE = loadBundled();
  }

  /**
   * The bundled edition (UN framework after the 2025 review), parsed on first use and shared. Immutable and
   * thread-safe.
   *
   * @return the default catalogue
   */
  public static SdgCatalogue bundled() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * Parses the bundled edition afresh (a new, independent instance). Most code wants
   * {@link #bundled()}; this exists for benchmarks and for comparing editions.
   *
   * @return a new catalogue
   */
  public static SdgCatalogue loadBundled() {
    // the compact form the build writes beside the CSV files (same checks, no CSV scan); the CSVs without it
    try (InputStream in = SdgCatalogue.class.getResourceAsStream(BUNDLED + CompactEdition.FILE_NAME)) {
      if (in != null) {
        return new SdgCatalogue(CatalogueReader.read(CompactEdition.read(in)));
      }
    } catch (IOException e) {
      throw new CatalogueFormatException(CompactEdition.FILE_NAME, 0, "", e, "SDG-0005.io", IoReason.of(e));
    }
    return loadBundledCsv();
  }

  /** Parses the bundled edition from its CSV files (the source of truth of the compact form). */
  static SdgCatalogue loadBundledCsv() {
    return load(name -> {
      try (InputStream in = SdgCatalogue.class.getResourceAsStream(BUNDLED + name)) {
        if (in == null) {
          throw new CatalogueFormatException(name, 0, "", null, "SDG-0005.bundled-missing", BUNDLED + name);
        }
        return decode(name, in.readAllBytes());
      } catch (IOException e) {
        throw new CatalogueFormatException(name, 0, "", e, "SDG-0005.io", IoReason.of(e));
      }
    });
  }

  /**
   * Loads an edition from a directory holding {@code edition.properties}, {@code text_sources.csv},
   * {@code goal_colours.csv}, {@code goals.csv}, {@code targets.csv}, {@code indicators.csv} and
   * {@code indicator_changes_2022_2025.csv} in the bundled format (UTF-8).
   *
   * @param directory the directory
   * @return the catalogue
   * @throws CatalogueFormatException if a file is missing, not UTF-8 or malformed (names file, line, column)
   */
  public static SdgCatalogue load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return load(name -> {
      Path file = directory.resolve(name);
      try {
        return decode(file.toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        throw new CatalogueFormatException(file.toString(), 0, "", e, "SDG-0005.io", IoReason.of(e));
      }
    });
  }

  /**
   * Loads an edition from a base URL (ending in {@code /}) under which the edition's files lie, e.g. a
   * {@code file:}, {@code jar:} or {@code https:} URL. The files are read once, here.
   *
   * @param base the base URL
   * @return the catalogue
   * @throws CatalogueFormatException if a file cannot be read or is malformed
   */
  public static SdgCatalogue load(URL base) {
    Objects.requireNonNull(base, "base");
    String b = base.toString().endsWith("/") ? base.toString() : base + "/";
    return load(name -> {
      try (InputStream in = new URI(b + name).toURL().openStream()) {
        return decode(b + name, in.readAllBytes());
      } catch (IOException e) {
        throw new CatalogueFormatException(b + name, 0, "", e, "SDG-0005.io", IoReason.of(e));
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new CatalogueFormatException(b + name, 0, "", e, "SDG-0005.url.invalid");
      }
    });
  }

  private static SdgCatalogue load(Function<String, String> files) {
    return new SdgCatalogue(CatalogueReader.read(files));
  }

  private static String decode(String file, byte[] bytes) {
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast; // no replacement character: the bytes were valid UTF-8
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CatalogueFormatException(file, 0, "", e, "SDG-0005.utf8");
    }
  }

  // ---------------------------------------------------------------- edition

  /** The edition: UN framework revision, dates and sources. */
  public CatalogueRevision revision() {
    CatalogueRevision r = revision;
    if (r == null) {
      r = edition.revision();
      revision = r;
    }
    return r;
  }

  // ---------------------------------------------------------------- goals

  /** All goals in order. */
  public List<Goal> goals() {
    return goals;
  }

  /**
   * The goal with this code, if in the catalogue.
   *
   * @param code the code
   * @return the goal or empty
   */
  public Optional<Goal> findGoal(GoalCode code) {
    return Optional.ofNullable(goalsByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The goal with this code.
   *
   * @param code the code
   * @return the goal
   * @throws UnknownCodeException if the catalogue has no such goal
   */
  public Goal getGoal(GoalCode code) {
    return findGoal(code).orElseThrow(() -> unknown(code.toString(), EntryType.GOAL));
  }

  /**
   * The goal with this canonical code, e.g. {@code "11"}.
   *
   * @param code the code text
   * @return the goal
   * @throws InvalidCodeException if the text is not a goal code
   * @throws UnknownCodeException if the catalogue has no such goal
   */
  public Goal getGoal(String code) {
    return getGoal(GoalCode.parse(code));
  }

  // ---------------------------------------------------------------- targets

  /** All targets in order (1.1 … 1.a … 17.19). */
  public List<Target> targets() {
    return targets;
  }

  /**
   * The targets of a goal, in order.
   *
   * @param goal the goal
   * @return the targets (empty if the goal is not in the catalogue)
   */
  public List<Target> targetsOf(GoalCode goal) {
    return targetsByGoal.getOrDefault(Objects.requireNonNull(goal, "goal"), List.of());
  }

  /**
   * The target with this code, if in the catalogue.
   *
   * @param code the code
   * @return the target or empty
   */
  public Optional<Target> findTarget(TargetCode code) {
    return Optional.ofNullable(targetsByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The target with this code.
   *
   * @param code the code
   * @return the target
   * @throws UnknownCodeException if the catalogue has no such target (e.g. 1.z)
   */
  public Target getTarget(TargetCode code) {
    return findTarget(code).orElseThrow(() -> unknown(code.toString(), EntryType.TARGET));
  }

  /**
   * The target with this canonical code, e.g. {@code "11.6"}.
   *
   * @param code the code text
   * @return the target
   * @throws InvalidCodeException if the text is not a target code ({@code "11.6.9"}, {@code " 11.6"})
   * @throws UnknownCodeException if the catalogue has no such target ({@code "1.z"})
   */
  public Target getTarget(String code) {
    return getTarget(TargetCode.parse(code));
  }

  /**
   * The goal a target belongs to (its parent).
   *
   * @param target the target
   * @return the goal
   */
  public Goal goalOf(Target target) {
    return getGoal(target.goal());
  }

  // ---------------------------------------------------------------- indicators

  /** All unique indicators (234 in the bundled edition), in the order of their primary listing. */
  public List<Indicator> indicators() {
    return indicators;
  }

  /** All indicator listings (251 in the bundled edition), in order. */
  public List<IndicatorListing> indicatorListings() {
    return listings;
  }

  /** The number of indicator listings (251 in the bundled edition). */
  public int indicatorListingCount() {
    return listings.size();
  }

  /** The number of unique indicators (234 in the bundled edition). */
  public int uniqueIndicatorCount() {
    return indicators.size();
  }

  /**
   * The unique indicators listed under a target, in order; a repeated indicator appears under each of its
   * targets.
   *
   * @param target the target
   * @return the indicators (empty if none)
   */
  public List<Indicator> indicatorsOf(TargetCode target) {
    return indicatorsByTarget.getOrDefault(Objects.requireNonNull(target, "target"), List.of());
  }

  /**
   * The listings under a target, in order (each with its own code, e.g. 13.1.1).
   *
   * @param target the target
   * @return the listings (empty if none)
   */
  public List<IndicatorListing> listingsOf(TargetCode target) {
    return listingsByTarget.getOrDefault(Objects.requireNonNull(target, "target"), List.of());
  }

  /**
   * The indicator listed under this code (any of its placements), if in the catalogue.
   *
   * @param code a listing code, e.g. 13.1.1
   * @return the unique indicator or empty
   */
  public Optional<Indicator> findIndicator(IndicatorCode code) {
    return Optional.ofNullable(indicatorsByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The indicator listed under this code (any of its placements).
   *
   * @param code a listing code
   * @return the unique indicator
   * @throws UnknownCodeException if no indicator is listed under the code
   */
  public Indicator getIndicator(IndicatorCode code) {
    return findIndicator(code).orElseThrow(() -> unknown(code.toString(), EntryType.INDICATOR));
  }

  /**
   * The indicator with this canonical code, e.g. {@code "13.1.1"}.
   *
   * @param code the code text
   * @return the unique indicator
   * @throws InvalidCodeException if the text is not an indicator code
   * @throws UnknownCodeException if no indicator is listed under the code
   */
  public Indicator getIndicator(String code) {
    return getIndicator(IndicatorCode.parse(code));
  }

  /**
   * The listing under exactly this code, with its own wording and UNSD code.
   *
   * @param code the listing code
   * @return the listing or empty
   */
  public Optional<IndicatorListing> findListing(IndicatorCode code) {
    return Optional.ofNullable(listingsByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The listing under exactly this code.
   *
   * @param code the listing code
   * @return the listing
   * @throws UnknownCodeException if not in the catalogue
   */
  public IndicatorListing getListing(IndicatorCode code) {
    return findListing(code).orElseThrow(() -> unknown(code.toString(), EntryType.INDICATOR));
  }

  /**
   * The indicator with a UNSD code (stable across renumbering), e.g. {@code "C200303"}.
   *
   * @param unsdCode the UNSD code
   * @return the indicator or empty
   */
  public Optional<Indicator> findIndicatorByUnsdCode(String unsdCode) {
    return Optional.ofNullable(indicatorsByUnsd.get(Objects.requireNonNull(unsdCode, "unsdCode")));
  }

  /**
   * The target an indicator listing is under (its parent).
   *
   * @param listing the listing
   * @return the target
   */
  public Target targetOf(IndicatorListing listing) {
    return getTarget(listing.target());
  }

  // ---------------------------------------------------------------- revisions

  /**
   * How an indicator changed since the list of 30 Nov 2022, if it did (added, wording refined, or replaced with
   * a new UNSD code). Use it to flag stored data keyed on an older code.
   *
   * @param code the indicator code in this edition
   * @return the change or empty
   */
  public Optional<IndicatorChange> findChange(IndicatorCode code) {
    return Optional.ofNullable(changesByCode.get(Objects.requireNonNull(code, "code")));
  }

  /** All recorded changes, in file order. */
  public List<IndicatorChange> changes() {
    return changes;
  }

  // ---------------------------------------------------------------- search

  /**
   * Searches goal, target and indicator texts in one language (with the same fallback as display, so a
   * nynorsk search also covers targets that only have bokmål text). Case-insensitive and accent-insensitive,
   * but {@code æ}, {@code ø} and {@code å} stay distinct letters; a query word matches the start of a word
   * ("Klima" finds "klimaendringene") or, from three letters, any part of a compound word. Every query word
   * must match. A query that is a code ("13.2", "SDG 11") puts that entry first.
   *
   * @param query the words to look for
   * @param language the language to search in
   * @return the hits, best first (empty for a blank query)
   */
  public List<SearchHit> search(String query, Language language) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(language, "language");
    List<SearchHit> hits = new ArrayList<>();
    Optional<CatalogueEntry> byCode = entryForCode(query);
    byCode.ifPresent(e -> hits.add(new SearchHit(e, e.titleText().resolve(language), 100.0)));
    for (SearchIndex.Hit h : indexes.computeIfAbsent(language, this::buildIndex).search(query)) {
      CatalogueEntry e = entries.get(h.id());
      if (byCode.isEmpty() || !byCode.get().equals(e)) {
        hits.add(new SearchHit(e, e.titleText().resolve(language), h.score()));
      }
    }
    return List.copyOf(hits);
  }

  /**
   * Searches and keeps the best {@code limit} hits.
   *
   * @param query the words
   * @param language the language
   * @param limit the maximum number of hits, at least 1
   * @return the hits, best first
   */
  public List<SearchHit> search(String query, Language language, int limit) {
    if (limit < 1) {
      throw new CodedArgumentException(SdgErrorCode.INVALID_ARGUMENT, "limit", 1, limit);
    }
    List<SearchHit> all = search(query, language);
    return all.size() <= limit ? all : all.subList(0, limit);
  }

  private Optional<CatalogueEntry> entryForCode(String query) {
    String q = query.strip();
    if (q.isEmpty() || q.length() > 24 || q.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    try {
      return findIndicator(IndicatorCode.parseLenient(q)).map(CatalogueEntry.class::cast);
    } catch (InvalidCodeException e) {
      // not an indicator code
    }
    try {
      return findTarget(TargetCode.parseLenient(q)).map(CatalogueEntry.class::cast);
    } catch (InvalidCodeException e) {
      // not a target code
    }
    try {
      return findGoal(GoalCode.parseLenient(q)).map(CatalogueEntry.class::cast);
    } catch (InvalidCodeException e) {
      return Optional.empty();
    }
  }

  private UnknownCodeException unknown(String code, EntryType type) {
    return new UnknownCodeException(code, type, edition.edition());
  }

  /** The edition and counts. */
  @Override
  public String toString() {
    return "SdgCatalogue[" + edition.edition() + ": " + goals.size() + " goals, " + targets.size() + " targets, "
        + listings.size() + " indicator listings, " + indicators.size() + " unique indicators]";
  }
}

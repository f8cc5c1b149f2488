package io.github.livskraft.sdg;

import io.github.livskraft.sdg.internal.CompactEdition;
import io.github.livskraft.sdg.internal.CsvFormatException;
import io.github.livskraft.sdg.internal.CsvTable;
import io.github.livskraft.sdg.internal.CsvTable.Row;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads one catalogue edition strictly: exact headers, well-formed codes, consistent parents, kinds, repeat
 * groups and sort orders. Every error names the file, the line and the column. Package-private.
 */
final class CatalogueReader {
  static final String EDITION = "edition.properties";
  static final String GOALS = "goals.csv";
  static final String TARGETS = "targets.csv";
  static final String INDICATORS = "indicators.csv";
  static final String CHANGES = "indicator_changes_2022_2025.csv";
  static final String COLOURS = "goal_colours.csv";
  static final String TEXT_SOURCES = "text_sources.csv";

  /** The files of an edition, in reading order. */
  static final List<String> FILES = List.of(EDITION, TEXT_SOURCES, COLOURS, GOALS, TARGETS, INDICATORS, CHANGES);

  private static final List<String> GOAL_COLUMNS = List.of("code", "sort_order", "title_en", "short_en", "title_nb",
      "short_nb", "title_en_source", "short_en_source", "title_nb_source", "short_nb_source", "note_en");
  private static final List<String> TARGET_COLUMNS = List.of("code", "goal", "suffix_type", "kind", "sort_order",
      "title_en", "title_nb", "title_nb_source", "title_nb_note", "title_nn", "title_nn_source", "title_nn_note",
      "title_nb_opensdg", "title_en_source", "note_en");
  private static final List<String> INDICATOR_COLUMNS = List.of("code", "goal", "target", "sort_order", "unsd_code",
      "title_en", "is_repeat", "repeat_group", "repeat_primary", "tier", "tier_as_of", "tier_note",
      "custodian_agencies", "partner_agencies", "title_nb", "title_nb_source", "title_nb_basis",
      "title_nb_translated_from_en", "framework_revision", "note_en");
  private static final List<String> CHANGE_COLUMNS = List.of("code", "change", "unsd_code_2022", "unsd_code_2025",
      "title_en_2022", "title_en_2025");
  private static final List<String> COLOUR_COLUMNS = List.of("code", "colour", "source");
  private static final List<String> TEXT_SOURCE_COLUMNS = List.of("file", "text_column", "source_column",
      "source_prefix", "provenance", "comment");
  private static final Set<String> EDITION_KEYS = Set.of("edition", "framework", "framework.adopted",
      "data.assembled", "tier.as-of");

  private final Function<String, String> files;
  /** Pre-split records by file name (the compact form), or empty to parse the CSV text. */
  private final Map<String, CompactEdition.Table> tables;
  /** text_sources.csv rows by file and text column. */
  private final Map<String, Map<String, List<TextRule>>> textRules = new HashMap<>();

  /** One row of text_sources.csv. */
  private record TextRule(String file, String textColumn, String sourceColumn, String prefix,
      TextProvenance provenance, String comment) {}

  /** Everything read, ready for {@link SdgCatalogue}. */
  record Data(Edition edition, List<Goal> goals, List<Target> targets, List<IndicatorListing> listings,
      List<Indicator> indicators, List<IndicatorChange> changes) {}

  private CatalogueReader(Function<String, String> files, Map<String, CompactEdition.Table> tables) {
    this.files = files;
    this.tables = tables;
  }

  /**
   * Reads an edition.
   *
   * @param files file name → whole content (throws {@link CatalogueFormatException} if unreadable)
   * @return the data
   */
  static Data read(Function<String, String> files) {
    return read(files, Map.of());
  }

  /**
   * Reads an edition whose CSV files are already split into records (the compact form); the same checks run.
   *
   * @param edition the compact edition
   * @return the data
   */
  static Data read(CompactEdition edition) {
    return read(new CompactTexts(edition), edition.tables());
  }

  /** The text files of a compact edition (a class, not a lambda: no lambda machinery on the first load). */
  private static final class CompactTexts implements Function<String, String> {
    private final CompactEdition edition;

    CompactTexts(CompactEdition edition) {
      this.edition = edition;
    }

    @Override
    public String apply(String name) {
      Optional<String> text = edition.text(name);
      if (text.isEmpty()) {
        throw new CatalogueFormatException(name, 0, "", null, "SDG-0005.compact-missing");
      }
      return text.get();
    }
  }

  private static Data read(Function<String, String> files, Map<String, CompactEdition.Table> tables) {
    try {
      return new CatalogueReader(files, tables).readAll();
    } catch (CsvFormatException e) {
      throw new CatalogueFormatException(e.file(), e.line(), e.column(), e, e.problem(), e.args());
    }
  }

  private Data readAll() {
    Edition revision = readEdition();
    readTextRules();
    Map<GoalCode, String> colours = readColours();
    List<Goal> goals = readGoals(colours);
    Set<GoalCode> goalCodes = new HashSet<>();
    for (Goal g : goals) {
      goalCodes.add(g.code());
    }
    for (GoalCode c : colours.keySet()) {
      if (!goalCodes.contains(c)) {
        throw new CatalogueFormatException(COLOURS, 0, "code", null, "SDG-0005.colour.unlisted-goal", c, GOALS);
      }
    }
    List<Target> targets = readTargets(goalCodes);
    Set<TargetCode> targetCodes = new HashSet<>();
    for (Target t : targets) {
      targetCodes.add(t.code());
    }
    Map<IndicatorCode, Row> groupRows = new LinkedHashMap<>();
    List<IndicatorListing> listings = readIndicators(targetCodes, groupRows);
    List<Indicator> indicators = group(listings, groupRows);
    List<IndicatorChange> changes = readChanges(listings);
    return new Data(revision, goals, targets, listings, indicators, changes);
  }

  private String content(String name) {
    return files.apply(name);
  }

  private CsvTable table(String name, List<String> columns) {
    CompactEdition.Table t = tables.get(name);
    return t == null ? CsvTable.parse(name, content(name), columns) : CsvTable.of(name, t.lines(), t.records(), columns);
  }

  /**
   * The checked contents of edition.properties. The {@link CatalogueRevision} is made from it when first asked
   * for: its {@code YearMonth} would set up java.time's formatters on the first load in a fresh JVM.
   */
  record Edition(String edition, String framework, LocalDate adoptedMonth, LocalDate assembled, LocalDate tierAsOf,
      List<String> sources) {
    CatalogueRevision revision() {
      return new CatalogueRevision(edition, framework, YearMonth.of(adoptedMonth.getYear(),
          adoptedMonth.getMonthValue()), assembled, tierAsOf, sources);
    }
  }

  private Edition readEdition() {
    Properties p = new Properties();
    try {
      p.load(new StringReader(content(EDITION)));
    } catch (IOException | IllegalArgumentException e) {
      throw new CatalogueFormatException(EDITION, 0, "", e, "SDG-0005.edition.not-properties");
    }
    List<String> sources = new ArrayList<>();
    Map<Integer, String> numbered = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("source.")) {
        try {
          numbered.put(Integer.parseInt(key.substring("source.".length())), p.getProperty(key).strip());
          continue;
        } catch (NumberFormatException e) {
          // reported below as an unknown key
        }
      }
      if (!EDITION_KEYS.contains(key)) {
        throw new CatalogueFormatException(EDITION, 0, key, null, "SDG-0005.edition.unknown-key", key,
            new java.util.TreeSet<>(EDITION_KEYS));
      }
    }
    for (String key : EDITION_KEYS) {
      if (p.getProperty(key, "").isBlank()) {
        throw new CatalogueFormatException(EDITION, 0, key, null, "SDG-0005.edition.missing-key", key);
      }
    }
    sources.addAll(numbered.values());
    if (sources.isEmpty()) {
      throw new CatalogueFormatException(EDITION, 0, "source.1", null, "SDG-0005.edition.no-source");
    }
    return new Edition(p.getProperty("edition").strip(), p.getProperty("framework").strip(),
        yearMonth(p, "framework.adopted"), date(p, "data.assembled"), date(p, "tier.as-of"), List.copyOf(sources));
  }

  /** Parses yyyy-mm-dd without java.time's formatter machinery (which costs ~20 ms on first use). */
  static LocalDate isoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      throw new DateTimeParseException("expected yyyy-mm-dd", s, 0);
    }
    try {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
          Integer.parseInt(s.substring(8, 10)));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new DateTimeParseException("expected yyyy-mm-dd", s, 0, e);
    }
  }

  private static LocalDate date(Properties p, String key) {
    try {
      return isoDate(p.getProperty(key).strip());
    } catch (DateTimeParseException e) {
      throw new CatalogueFormatException(EDITION, 0, key, e, "SDG-0005.date", p.getProperty(key));
    }
  }

  /** A yyyy-mm month, as its first day. */
  private static LocalDate yearMonth(Properties p, String key) {
    try {
      String s = p.getProperty(key).strip();
      return isoDate(s + "-01");
    } catch (DateTimeParseException e) {
      throw new CatalogueFormatException(EDITION, 0, key, e, "SDG-0005.month", p.getProperty(key));
    }
  }

  private void readTextRules() {
    for (Row r : table(TEXT_SOURCES, TEXT_SOURCE_COLUMNS).rows()) {
      String file = r.required("file");
      if (!List.of(GOALS, TARGETS, INDICATORS).contains(file)) {
        throw r.error("file", "SDG-0005.text-rule.file", file, GOALS, TARGETS, INDICATORS);
      }
      TextRule rule = new TextRule(file, r.required("text_column"), r.optional("source_column"),
          r.optional("source_prefix"), enumValue(r, "provenance", TextProvenance.values()), r.required("comment"));
      Map<String, List<TextRule>> ofFile = textRules.get(file);
      if (ofFile == null) {
        ofFile = new HashMap<>();
        textRules.put(file, ofFile);
      }
      List<TextRule> same = ofFile.get(rule.textColumn());
      if (same == null) {
        same = new ArrayList<>();
        ofFile.put(rule.textColumn(), same);
      }
      if (!same.isEmpty() && !same.get(0).sourceColumn().equals(rule.sourceColumn())) {
        throw r.error("source_column", "SDG-0005.text-rule.source-column", rule.sourceColumn(), file,
            rule.textColumn(), same.get(0).sourceColumn());
      }
      same.add(rule);
    }
  }

  private Map<GoalCode, String> readColours() {
    Map<GoalCode, String> colours = new HashMap<>();
    for (Row r : table(COLOURS, COLOUR_COLUMNS).rows()) {
      GoalCode code = goalCode(r, "code");
      String colour = r.required("colour");
      if (!Goal.isColour(colour)) {
        throw r.error("colour", "SDG-0005.colour.format", colour);
      }
      r.required("source");
      if (colours.put(code, colour) != null) {
        throw r.error("code", "SDG-0005.colour.twice", code);
      }
    }
    return colours;
  }

  private List<Goal> readGoals(Map<GoalCode, String> colours) {
    List<Goal> goals = new ArrayList<>();
    SortCheck order = new SortCheck();
    for (Row r : table(GOALS, GOAL_COLUMNS).rows()) {
      GoalCode code = goalCode(r, "code");
      order.check(r, code);
      String colour = colours.get(code);
      if (colour == null) {
        throw r.error("code", "SDG-0005.goal.no-colour", code, COLOURS);
      }
      LocalizedText title = LocalizedText.of(present(r, "title_en", Language.EN, ""),
          present(r, "title_nb", Language.NB, ""));
      LocalizedText shortName = LocalizedText.of(present(r, "short_en", Language.EN, ""),
          present(r, "short_nb", Language.NB, ""));
      goals.add(new Goal(code, title, shortName, colour, note(r)));
    }
    return goals;
  }

  private List<Target> readTargets(Set<GoalCode> goals) {
    List<Target> targets = new ArrayList<>();
    SortCheck order = new SortCheck();
    for (Row r : table(TARGETS, TARGET_COLUMNS).rows()) {
      TargetCode code = targetCode(r, "code");
      order.check(r, code);
      GoalCode goal = goalCode(r, "goal");
      requireMatch(r, "goal", goal, code.goal(), "SDG-0005.parent.target", code);
      if (!goals.contains(goal)) {
        throw r.error("goal", "SDG-0005.target.goal-missing", goal, code, GOALS);
      }
      String suffixType = r.required("suffix_type");
      String expected = code.isLetter() ? "letter" : "numeric";
      if (!suffixType.equals(expected)) {
        throw r.error("suffix_type", "SDG-0005.target.suffix-type", suffixType, code, expected);
      }
      TargetKind kind = enumValue(r, "kind", TargetKind.values());
      List<TextVariant> texts = new ArrayList<>();
      texts.add(present(r, "title_en", Language.EN, ""));
      Optional<TextVariant> nb = text(r, "title_nb", Language.NB, "title_nb_note");
      if (nb.isPresent()) {
        texts.add(nb.get());
      }
      Optional<TextVariant> nn = text(r, "title_nn", Language.NN, "title_nn_note");
      if (nn.isPresent()) {
        texts.add(nn.get());
      }
      r.required("title_nb_opensdg");
      targets.add(new Target(code, kind, LocalizedText.of(texts), note(r)));
    }
    return targets;
  }

  private List<IndicatorListing> readIndicators(Set<TargetCode> targets, Map<IndicatorCode, Row> rows) {
    List<IndicatorListing> listings = new ArrayList<>();
    SortCheck order = new SortCheck();
    for (Row r : table(INDICATORS, INDICATOR_COLUMNS).rows()) {
      IndicatorCode code = indicatorCode(r, "code");
      order.check(r, code);
      TargetCode target = targetCode(r, "target");
      requireMatch(r, "target", target, code.target(), "SDG-0005.parent.indicator", code);
      requireMatch(r, "goal", goalCode(r, "goal"), code.goal(), "SDG-0005.parent.indicator", code);
      if (!targets.contains(target)) {
        throw r.error("target", "SDG-0005.indicator.target-missing", target, code, TARGETS);
      }
      String unsd = r.required("unsd_code");
      if (!isUnsdCode(unsd)) {
        throw r.error("unsd_code", "SDG-0005.indicator.unsd", unsd);
      }
      Optional<Tier> tier = tier(r);
      String basis = r.optional("title_nb_basis");
      String olderWording = r.optional("title_nb_translated_from_en");
      String nbNote = "";
      switch (basis) {
        case "older_wording" -> {
          if (olderWording.isEmpty()) {
            throw r.error("title_nb_translated_from_en", "SDG-0005.indicator.older-wording-empty");
          }
          nbNote = IndicatorListing.OLDER_WORDING_PREFIX + olderWording;
        }
        case "current_wording", "" -> {
          if (!olderWording.isEmpty()) {
            throw r.error("title_nb_translated_from_en", "SDG-0005.indicator.older-wording-unexpected", basis);
          }
        }
        default -> throw r.error("title_nb_basis", "SDG-0005.indicator.basis", basis);
      }
      List<TextVariant> texts = new ArrayList<>();
      texts.add(present(r, "title_en", Language.EN, ""));
      Optional<TextVariant> nb = text(r, "title_nb", Language.NB, "");
      if (nb.isPresent() == basis.isEmpty()) {
        throw r.error("title_nb_basis", nb.isPresent() ? "SDG-0005.indicator.basis-missing"
            : "SDG-0005.indicator.basis-unexpected", basis);
      }
      if (nb.isPresent()) {
        TextVariant v = nb.get();
        texts.add(nbNote.isEmpty() ? v : new TextVariant(v.language(), v.text(), v.provenance(), v.source(),
            Optional.of(nbNote)));
      }
      r.required("framework_revision");
      listings.add(new IndicatorListing(code, unsd, LocalizedText.of(texts), tier,
          nonEmpty(r.optional("tier_note")), agencies(r.optional("custodian_agencies")),
          agencies(r.optional("partner_agencies")), note(r)));
      rows.put(code, r);
    }
    return listings;
  }

  private List<Indicator> group(List<IndicatorListing> listings, Map<IndicatorCode, Row> rows) {
    Map<IndicatorCode, IndicatorListing> byCode = byCode(listings);
    List<Indicator> indicators = new ArrayList<>();
    for (IndicatorListing l : listings) {
      Row r = rows.get(l.code());
      String groupText = r.required("repeat_group");
      List<IndicatorCode> members = new ArrayList<>();
      for (String part : groupText.split(";", -1)) {
        IndicatorCode m;
        try {
          m = IndicatorCode.parse(part);
        } catch (InvalidCodeException e) {
          throw r.error("repeat_group", "SDG-0005.group.not-code", part, groupText);
        }
        if (!byCode.containsKey(m)) {
          throw r.error("repeat_group", "SDG-0005.group.member-missing", m, INDICATORS);
        }
        if (members.contains(m)) {
          throw r.error("repeat_group", "SDG-0005.group.member-twice", m);
        }
        members.add(m);
      }
      if (!members.contains(l.code())) {
        throw r.error("repeat_group", "SDG-0005.group.own-code", groupText, l.code());
      }
      IndicatorCode primary = indicatorCode(r, "repeat_primary");
      if (!primary.equals(members.get(0))) {
        throw r.error("repeat_primary", "SDG-0005.group.primary", primary, members.get(0));
      }
      String repeat = r.required("is_repeat");
      if (!repeat.equals(members.size() > 1 ? "true" : "false")) {
        throw r.error("is_repeat", "SDG-0005.group.is-repeat", repeat, members.size(),
            members.size() > 1 ? "true" : "false");
      }
      for (IndicatorCode m : members) {
        String other = rows.get(m).get("repeat_group");
        if (!other.equals(groupText)) {
          throw r.error("repeat_group", "SDG-0005.group.disagree", groupText, m, rows.get(m).line(), other);
        }
      }
      if (primary.equals(l.code())) {
        List<IndicatorListing> grouped = new ArrayList<>(members.size());
        for (IndicatorCode m : members) {
          grouped.add(byCode.get(m));
        }
        indicators.add(new Indicator(grouped));
      }
    }
    return indicators;
  }

  private List<IndicatorChange> readChanges(List<IndicatorListing> listings) {
    Map<IndicatorCode, IndicatorListing> byCode = byCode(listings);
    List<IndicatorChange> changes = new ArrayList<>();
    Set<IndicatorCode> seen = new HashSet<>();
    for (Row r : table(CHANGES, CHANGE_COLUMNS).rows()) {
      IndicatorCode code = indicatorCode(r, "code");
      IndicatorListing listing = byCode.get(code);
      if (listing == null) {
        throw r.error("code", "SDG-0005.change.unknown", code, INDICATORS);
      }
      if (!seen.add(code)) {
        throw r.error("code", "SDG-0005.change.twice", code);
      }
      String change = r.required("change");
      IndicatorChange.ChangeType type = switch (change) {
        case "wording_refined" -> IndicatorChange.ChangeType.WORDING_REFINED;
        case "added_2025" -> IndicatorChange.ChangeType.ADDED;
        case "replaced_or_revised (new UNSD code)" -> IndicatorChange.ChangeType.REPLACED_OR_REVISED;
        default -> throw r.error("change", "SDG-0005.change.type", change);
      };
      String after = r.required("unsd_code_2025");
      if (!after.equals(listing.unsdCode())) {
        throw r.error("unsd_code_2025", "SDG-0005.change.unsd-differs", after, listing.unsdCode(), INDICATORS);
      }
      Optional<String> before = nonEmpty(r.optional("unsd_code_2022"));
      Optional<String> titleBefore = nonEmpty(r.optional("title_en_2022"));
      if ((type == IndicatorChange.ChangeType.ADDED) != before.isEmpty()
          || before.isEmpty() != titleBefore.isEmpty()) {
        throw r.error("unsd_code_2022", "SDG-0005.change.added");
      }
      changes.add(new IndicatorChange(code, type, before, after, titleBefore, r.required("title_en_2025")));
    }
    return changes;
  }

  private Optional<Tier> tier(Row r) {
    String raw = r.optional("tier");
    String asOf = r.optional("tier_as_of");
    if (raw.isEmpty()) {
      if (!asOf.isEmpty()) {
        throw r.error("tier_as_of", "SDG-0005.tier.as-of-alone");
      }
      return Optional.empty();
    }
    TierLevel level = switch (raw) {
      case "Tier I" -> TierLevel.TIER_I;
      case "Tier II" -> TierLevel.TIER_II;
      case "Tier III" -> TierLevel.TIER_III;
      default -> {
        if (raw.startsWith("Tier ") && raw.contains("/")) {
          yield TierLevel.MULTI;
        }
        throw r.error("tier", "SDG-0005.tier.value", raw);
      }
    };
    try {
      return Optional.of(new Tier(level, raw, isoDate(r.required("tier_as_of"))));
    } catch (DateTimeParseException e) {
      throw r.error("tier_as_of", "SDG-0005.date", asOf);
    }
  }

  private static Map<IndicatorCode, IndicatorListing> byCode(List<IndicatorListing> listings) {
    Map<IndicatorCode, IndicatorListing> byCode = new HashMap<>();
    for (IndicatorListing l : listings) {
      byCode.put(l.code(), l);
    }
    return byCode;
  }

  /**
   * A parent column must agree with the parent given by the code (the message is made only on a mismatch).
   * {@code problem} is {@code SDG-0005.parent.target} or {@code .indicator}.
   */
  private static void requireMatch(Row r, String column, Object value, Object expected, String problem,
      Object child) {
    if (!value.equals(expected)) {
      throw r.error(column, problem, column, value, child, expected);
    }
  }

  /** {@code C[0-9]{2}[0-9][0-9a-z][0-9]{2}}, checked without a regular expression (first-load cost). */
  static boolean isUnsdCode(String s) {
    return s.length() == 7 && s.charAt(0) == 'C' && digit(s.charAt(1)) && digit(s.charAt(2)) && digit(s.charAt(3))
        && (digit(s.charAt(4)) || s.charAt(4) >= 'a' && s.charAt(4) <= 'z') && digit(s.charAt(5))
        && digit(s.charAt(6));
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static List<String> agencies(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String s = part.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private Optional<LocalizedText> note(Row r) {
    Optional<TextVariant> note = text(r, "note_en", Language.EN, "");
    return note.isPresent() ? Optional.of(LocalizedText.of(note.get())) : Optional.empty();
  }

  private TextVariant present(Row r, String column, Language language, String noteColumn) {
    r.required(column);
    Optional<TextVariant> text = text(r, column, language, noteColumn);
    if (text.isEmpty()) {
      throw r.error(column, "SDG-0005.text.empty", language.tag());
    }
    return text.get();
  }

  /** A text cell with its provenance from text_sources.csv; empty if the cell is empty. */
  private Optional<TextVariant> text(Row r, String column, Language language, String noteColumn) {
    String text = r.optional(column);
    // file, then column: no key text to build and hash for every text cell
    Map<String, List<TextRule>> ofFile = textRules.get(r.file());
    List<TextRule> rules = ofFile == null ? null : ofFile.get(column);
    if (rules == null) {
      rules = List.of();
    }
    if (rules.isEmpty()) {
      throw r.error(column, "SDG-0005.text.no-rule", TEXT_SOURCES);
    }
    String sourceColumn = rules.get(0).sourceColumn();
    String source = sourceColumn.isEmpty() ? "" : r.optional(sourceColumn);
    String note = noteColumn.isEmpty() ? "" : r.optional(noteColumn);
    if (text.isEmpty()) {
      if (!source.isEmpty() && !sourceColumn.equals("framework_revision")) {
        throw r.error(sourceColumn, "SDG-0005.text.source-without-text", column);
      }
      if (!note.isEmpty()) {
        throw r.error(noteColumn, "SDG-0005.text.note-without-text", column);
      }
      return Optional.empty();
    }
    if (!sourceColumn.isEmpty() && source.isEmpty()) {
      throw r.error(sourceColumn, "SDG-0005.text.no-source", column);
    }
    @org.jspecify.annotations.Nullable TextRule best = null;
    for (TextRule rule : rules) {
      if (source.startsWith(rule.prefix()) && (best == null || rule.prefix().length() > best.prefix().length())) {
        best = rule;
      }
    }
    if (best == null) {
      throw r.error(sourceColumn, "SDG-0005.text.source-unmatched", source, column, TEXT_SOURCES,
          prefixes(rules));
    }
    String described = best.prefix().isEmpty()
        ? best.comment() + (source.isEmpty() ? "" : " (" + source + ")") : source;
    return Optional.of(new TextVariant(language, text, best.provenance(), described, nonEmpty(note)));
  }

  /** The prefixes of the rules, for a message (a loop: no stream machinery in this class). */
  private static List<String> prefixes(List<TextRule> rules) {
    List<String> out = new ArrayList<>();
    for (TextRule rule : rules) {
      out.add(rule.prefix());
    }
    return out;
  }

  private static <E extends Enum<E>> E enumValue(Row r, String column, E[] constants) {
    String v = r.required(column);
    for (E e : constants) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : constants) {
      names.add(e.name().toLowerCase(java.util.Locale.ROOT));
    }
    throw r.error(column, "SDG-0005.enum", v, names);
  }

  private static GoalCode goalCode(Row r, String column) {
    try {
      return GoalCode.parse(r.required(column));
    } catch (InvalidCodeException e) {
      throw r.error(column, "SDG-0005.code", e);
    }
  }

  private static TargetCode targetCode(Row r, String column) {
    try {
      return TargetCode.parse(r.required(column));
    } catch (InvalidCodeException e) {
      throw r.error(column, "SDG-0005.code", e);
    }
  }

  private static IndicatorCode indicatorCode(Row r, String column) {
    try {
      return IndicatorCode.parse(r.required(column));
    } catch (InvalidCodeException e) {
      throw r.error(column, "SDG-0005.code", e);
    }
  }

  /** Checks that sort_order runs 1, 2, 3 … and agrees with the natural order of the codes. */
  private static final class SortCheck {
    private int expected = 1;
    private @org.jspecify.annotations.Nullable Comparable<Object> previous;

    @SuppressWarnings("unchecked")
    void check(Row r, Comparable<?> code) {
      String s = r.required("sort_order");
      if (!s.equals(Integer.toString(expected))) {
        throw r.error("sort_order", "SDG-0005.sort.order", s, expected);
      }
      if (previous != null && previous.compareTo(code) >= 0) {
        throw r.error("code", "SDG-0005.sort.code", code, previous);
      }
      previous = (Comparable<Object>) code;
      expected++;
    }
  }
}

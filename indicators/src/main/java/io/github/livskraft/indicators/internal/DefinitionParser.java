package io.github.livskraft.indicators.internal;

import io.github.livskraft.sdg.IoReason;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.livskraft.indicators.AggregationRule;
import io.github.livskraft.indicators.DataSource;
import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.Formula;
import io.github.livskraft.indicators.FormulaKind;
import io.github.livskraft.indicators.IndicatorDefinition;
import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.indicators.IndicatorException;
import io.github.livskraft.indicators.LinkRole;
import io.github.livskraft.indicators.SourceKind;
import io.github.livskraft.indicators.TargetLink;
import io.github.livskraft.sdg.IndicatorCode;
import io.github.livskraft.sdg.LocalizedText;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.TargetCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Strict parser of {@code livskraft-indicators/1} definition files. */
public final class DefinitionParser {
  /** The format tag every file must carry. */
  public static final String FORMAT = "livskraft-indicators/1";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private static final Set<String> FILE_FIELDS = Set.of("format", "edition", "description", "attribution",
      "definitions");
  private static final Set<String> DEF_FIELDS = Set.of("id", "name", "description", "theme", "unit", "decimals",
      "direction", "limit", "targets", "unIndicator", "formula", "sources", "aggregation", "caveats");
  private static final Set<String> TEXT_FIELDS = Set.of("nb", "en", "nn");
  private static final Set<String> LINK_FIELDS = Set.of("target", "role");
  private static final Set<String> FORMULA_FIELDS = Set.of("kind", "numerator", "denominator", "factor", "text");
  private static final Set<String> SOURCE_FIELDS = Set.of("key", "kind", "publisher", "table", "contentsCode",
      "filters", "url", "verified", "note");

  private DefinitionParser() {}

  /**
   * The result of parsing a file.
   *
   * @param edition the edition label from the file
   * @param definitions the definitions in file order
   */
  public record Parsed(String edition, List<IndicatorDefinition> definitions) {}

  /**
   * Parses a definition file.
   *
   * @param in the content (not closed)
   * @param source the name for messages
   * @return the parsed file
   */
  public static Parsed parse(InputStream in, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT,
          IndicatorErrorCode.DEFINITION_FORMAT.fragment("json", source, e.getLocation() == null ? 0
              : e.getLocation().getLineNr(), e.getLocation() == null ? 0 : e.getLocation().getColumnNr()),
          e);
    } catch (IOException e) {
      throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT,
          IndicatorErrorCode.DEFINITION_FORMAT.fragment("read", source, IoReason.of(e)), e);
    }
    Ctx c = new Ctx(source);
    if (root == null || !root.isObject()) {
      throw c.fail("$", exp("root"));
    }
    c.onlyFields(root, "$", FILE_FIELDS);
    String format = c.text(root, "$", "format");
    if (!FORMAT.equals(format)) {
      throw c.fail("$.format", exp("format", FORMAT, format));
    }
    String edition = c.text(root, "$", "edition");
    JsonNode defs = root.get("definitions");
    if (defs == null || !defs.isArray()) {
      throw c.fail("$.definitions", exp("definitions"));
    }
    List<IndicatorDefinition> out = new ArrayList<>();
    for (int i = 0; i < defs.size(); i++) {
      out.add(definition(c, defs.get(i), "$.definitions[" + i + "]"));
    }
    return new Parsed(edition, List.copyOf(out));
  }

  private static IndicatorDefinition definition(Ctx c, JsonNode n, String path) {
    if (!n.isObject()) {
      throw c.fail(path, exp("object"));
    }
    c.onlyFields(n, path, DEF_FIELDS);
    String id = c.text(n, path, "id");
    String p = path + "(" + id + ")";
    if (!IndicatorDefinition.isWellFormedId(id)) {
      throw c.fail(path + ".id", exp("id", id));
    }
    LocalizedText name = c.localized(n.get("name"), p + ".name");
    Optional<LocalizedText> description = n.has("description")
        ? Optional.of(c.localized(n.get("description"), p + ".description")) : Optional.empty();
    String theme = c.text(n, p, "theme");
    LocalizedText unit = c.localized(n.get("unit"), p + ".unit");
    int decimals = c.integer(n, p, "decimals");
    Direction direction = c.parse(p + ".direction", () -> Direction.parse(c.text(n, p, "direction")),
        exp("one-of", "higher_is_better, lower_is_better, target_band"));
    Optional<Double> limit = n.has("limit") ? Optional.of(c.number(n, p, "limit")) : Optional.empty();
    JsonNode targets = n.get("targets");
    if (targets == null || !targets.isArray() || targets.isEmpty()) {
      throw c.fail(p + ".targets", exp("targets"));
    }
    List<TargetLink> links = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      String lp = p + ".targets[" + i + "]";
      JsonNode l = targets.get(i);
      c.onlyFields(l, lp, LINK_FIELDS);
      TargetCode t = c.parse(lp + ".target", () -> TargetCode.parse(c.text(l, lp, "target")),
          exp("target"));
      LinkRole role = c.parse(lp + ".role", () -> LinkRole.valueOf(c.text(l, lp, "role").toUpperCase(Locale.ROOT)),
          exp("one-of", "primary, secondary, proxy"));
      links.add(new TargetLink(t, role));
    }
    Optional<IndicatorCode> un = n.has("unIndicator")
        ? Optional.of(c.parse(p + ".unIndicator", () -> IndicatorCode.parse(c.text(n, p, "unIndicator")),
            exp("un-indicator")))
        : Optional.empty();
    Formula formula = formula(c, n.get("formula"), p + ".formula");
    JsonNode sources = n.get("sources");
    if (sources == null || !sources.isArray() || sources.isEmpty()) {
      throw c.fail(p + ".sources", exp("sources"));
    }
    List<DataSource> src = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      src.add(source(c, sources.get(i), p + ".sources[" + i + "]"));
    }
    AggregationRule agg = c.parse(p + ".aggregation",
        () -> AggregationRule.valueOf(c.text(n, p, "aggregation").toUpperCase(Locale.ROOT)),
        exp("one-of", "sum, population_weighted_mean, recompute_from_components, median, not_aggregable"));
    List<LocalizedText> caveats = new ArrayList<>();
    JsonNode cav = n.get("caveats");
    if (cav != null) {
      if (!cav.isArray()) {
        throw c.fail(p + ".caveats", exp("caveats"));
      }
      for (int i = 0; i < cav.size(); i++) {
        caveats.add(c.localized(cav.get(i), p + ".caveats[" + i + "]"));
      }
    }
    return c.parse(p, () -> new IndicatorDefinition(id, name, description, theme, unit, decimals, direction, limit,
        links, un, formula, src, agg, caveats), exp("consistent"));
  }

  private static Formula formula(Ctx c, JsonNode n, String p) {
    if (n == null || !n.isObject()) {
      throw c.fail(p, exp("formula"));
    }
    c.onlyFields(n, p, FORMULA_FIELDS);
    FormulaKind kind = c.parse(p + ".kind", () -> FormulaKind.valueOf(c.text(n, p, "kind").toUpperCase(Locale.ROOT)),
        exp("one-of", "value, per_capita, share, ratio, lcrpgr"));
    String num = c.text(n, p, "numerator");
    Optional<String> den = n.has("denominator") ? Optional.of(c.text(n, p, "denominator")) : Optional.empty();
    double factor = n.has("factor") ? c.number(n, p, "factor") : 1.0;
    String text = n.has("text") ? c.text(n, p, "text") : num + den.map(d -> " / " + d).orElse("");
    return c.parse(p, () -> new Formula(kind, num, den, factor, text), exp("formula-valid"));
  }

  private static DataSource source(Ctx c, JsonNode n, String p) {
    if (!n.isObject()) {
      throw c.fail(p, exp("object"));
    }
    c.onlyFields(n, p, SOURCE_FIELDS);
    String key = c.text(n, p, "key");
    SourceKind kind = c.parse(p + ".kind", () -> SourceKind.valueOf(c.text(n, p, "kind").toUpperCase(Locale.ROOT)),
        exp("one-of", "ssb_table, miljodirektoratet, other_publisher, manual"));
    String publisher = c.text(n, p, "publisher");
    Optional<String> table = c.optText(n, p, "table");
    Optional<String> contents = c.optText(n, p, "contentsCode");
    Map<String, String> filters = new LinkedHashMap<>();
    JsonNode f = n.get("filters");
    if (f != null) {
      if (!f.isObject()) {
        throw c.fail(p + ".filters", exp("filters"));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isTextual()) {
          throw c.fail(p + ".filters." + e.getKey(), exp("filter-value"));
        }
        filters.put(e.getKey(), e.getValue().asText());
      }
    }
    Optional<String> url = c.optText(n, p, "url");
    JsonNode v = n.get("verified");
    if (v == null || !v.isBoolean()) {
      throw c.fail(p + ".verified", exp("verified"));
    }
    Optional<String> note = c.optText(n, p, "note");
    return c.parse(p, () -> new DataSource(key, kind, publisher, table, contents, filters, url, v.booleanValue(),
        note), exp("source-valid"));
  }

  /** What was expected, from the bundle fragment {@code IND-0002.expect.<key>}. */
  private static MessageFragment exp(String key, Object... args) {
    return IndicatorErrorCode.DEFINITION_FORMAT.fragment("expect." + key, args);
  }

  private record Ctx(String source) {
    IndicatorException fail(String path, MessageFragment expected) {
      return new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, null, source, path, expected);
    }

    void onlyFields(JsonNode n, String path, Set<String> allowed) {
      if (!n.isObject()) {
        throw fail(path, exp("object"));
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          throw fail(path + "." + f, exp("no-field", f, new java.util.TreeSet<>(allowed)));
        }
      }
    }

    String text(JsonNode n, String path, String field) {
      JsonNode v = n.get(field);
      if (v == null || !v.isTextual() || v.asText().isBlank()) {
        throw fail(path + "." + field, exp("text"));
      }
      return v.asText();
    }

    Optional<String> optText(JsonNode n, String path, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      return Optional.of(text(n, path, field));
    }

    int integer(JsonNode n, String path, String field) {
      JsonNode v = n.get(field);
      if (v == null || !v.isInt()) {
        throw fail(path + "." + field, exp("integer"));
      }
      return v.intValue();
    }

    double number(JsonNode n, String path, String field) {
      JsonNode v = n.get(field);
      if (v == null || !v.isNumber()) {
        throw fail(path + "." + field, exp("number"));
      }
      return v.doubleValue();
    }

    LocalizedText localized(JsonNode n, String path) {
      if (n == null || !n.isObject()) {
        throw fail(path, exp("localized"));
      }
      onlyFields(n, path, TEXT_FIELDS);
      return Texts.of(text(n, path, "nb"), text(n, path, "en"), optText(n, path, "nn"));
    }

    <T> T parse(String path, java.util.function.Supplier<T> s, MessageFragment expected) {
      try {
        return s.get();
      } catch (IndicatorException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, IndicatorErrorCode.DEFINITION_FORMAT.fragment("because", source, path,
            e instanceof io.github.livskraft.indicators.IndicatorArgumentException x ? x.text()
                : e instanceof io.github.livskraft.sdg.CodedException ? e
                : IndicatorErrorCode.DEFINITION_FORMAT.fragment("rejected"), expected), e); // never the JDK's text
      }
    }
  }
}

package io.github.livskraft.indicators;

import io.github.livskraft.indicators.internal.DefinitionParser;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.TargetCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of indicator definitions, keyed by id. The bundled Norwegian municipal set is
 * {@link #bundled()} (lazily loaded once, immutable); users load their own definition files with
 * {@link #load(Path)} and combine libraries with {@link #merge} or {@link #mergeOverriding}.
 *
 * <pre>{@code
 * IndicatorLibrary lib = IndicatorLibrary.bundled()
 *     .merge(IndicatorLibrary.load(Path.of("vare-indikatorer.json")));
 * lib.find("waste.household-per-capita").ifPresent(d -> ...);
 * lib.byTarget(TargetCode.parse("11.6"));
 * }</pre>
 *
 * <p>Definition files are JSON ({@code "format": "livskraft-indicators/1"}); see {@code docs/indicators.md}.
 * Parsing is strict: unknown fields, malformed ids and bad values fail with the file name and JSON path.
 * Immutable and thread-safe.
 */
public final class IndicatorLibrary {
  /** The resource holding the bundled definitions, relative to this class. */
  static final String DEFAULT_RESOURCE = "definitions/no-municipal.json";

  private final Map<String, IndicatorDefinition> byId;
  private final List<String> editions;

  private IndicatorLibrary(Map<String, IndicatorDefinition> byId, List<String> editions) {
    this.byId = byId;
    this.editions = List.copyOf(editions);
  }

  private static final class DefaultHolder {
    static final IndicatorLibrary DEFAULT = loadDefault();

    private static IndicatorLibrary loadDefault() {
      try (InputStream in = IndicatorLibrary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IndicatorException(IndicatorErrorCode.DEFINITION_FORMAT, IndicatorErrorCode.DEFINITION_FORMAT.fragment("bundled", DEFAULT_RESOURCE), null);
        }
        return load(in, DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The bundled Norwegian municipal indicator set (loaded once, lazily).
   *
   * @return the default library
   */
  public static IndicatorLibrary bundled() {
    return DefaultHolder.DEFAULT;
  }

  /**
   * A library of the given definitions.
   *
   * @param definitions the definitions; ids must be unique
   * @return the library
   * @throws IndicatorException {@code IND-0003} on a duplicate id
   */
  public static IndicatorLibrary of(Collection<IndicatorDefinition> definitions) {
    Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
    for (IndicatorDefinition d : definitions) {
      if (map.putIfAbsent(d.id(), d) != null) {
        throw duplicate(d.id(), "(in-memory)");
      }
    }
    return new IndicatorLibrary(Map.copyOf(sorted(map)), List.of("(in-memory)"));
  }

  /**
   * Loads a definition file.
   *
   * @param file a JSON file in the {@code livskraft-indicators/1} format
   * @return the library
   * @throws IndicatorException {@code IND-0002} naming the file and JSON path of the first problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static IndicatorLibrary load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads definitions from a stream (not closed).
   *
   * @param in the JSON content
   * @param sourceName the name to use in error messages, e.g. a file name
   * @return the library
   * @throws IndicatorException {@code IND-0002} naming the source and JSON path of the first problem
   */
  public static IndicatorLibrary load(InputStream in, String sourceName) {
    DefinitionParser.Parsed parsed = DefinitionParser.parse(in, sourceName);
    Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
    for (IndicatorDefinition d : parsed.definitions()) {
      if (map.putIfAbsent(d.id(), d) != null) {
        throw duplicate(d.id(), sourceName);
      }
    }
    return new IndicatorLibrary(Map.copyOf(sorted(map)), List.of(parsed.edition()));
  }

  private static IndicatorException duplicate(String id, String where) {
    return new IndicatorException(IndicatorErrorCode.DUPLICATE_DEFINITION, null, id, where);
  }

  private static Map<String, IndicatorDefinition> sorted(Map<String, IndicatorDefinition> map) {
    return new java.util.TreeMap<>(map);
  }

  /**
   * This library plus another; an id defined in both is an error.
   *
   * @param other the other library
   * @return the combined library
   * @throws IndicatorException {@code IND-0003} if an id is in both
   */
  public IndicatorLibrary merge(IndicatorLibrary other) {
    Map<String, IndicatorDefinition> map = new LinkedHashMap<>(byId);
    for (IndicatorDefinition d : other.all()) {
      if (map.putIfAbsent(d.id(), d) != null) {
        throw duplicate(d.id(), String.join(", ", other.editions));
      }
    }
    return new IndicatorLibrary(Map.copyOf(map), concat(editions, other.editions));
  }

  /**
   * This library plus another whose definitions replace any with the same id (user definitions over bundled).
   *
   * @param other the overriding library
   * @return the combined library
   */
  public IndicatorLibrary mergeOverriding(IndicatorLibrary other) {
    Map<String, IndicatorDefinition> map = new LinkedHashMap<>(byId);
    other.all().forEach(d -> map.put(d.id(), d));
    return new IndicatorLibrary(Map.copyOf(map), concat(editions, other.editions));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> l = new ArrayList<>(a);
    l.addAll(b);
    return l;
  }

  /**
   * A definition by id.
   *
   * @param id e.g. {@code waste.household-per-capita}
   * @return the definition, or empty
   */
  public Optional<IndicatorDefinition> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * A definition by id.
   *
   * @param id the id
   * @return the definition
   * @throws UnknownIndicatorException if there is none
   */
  public IndicatorDefinition get(String id) {
    IndicatorDefinition d = byId.get(Objects.requireNonNull(id, "id"));
    if (d == null) {
      throw new UnknownIndicatorException(id);
    }
    return d;
  }

  /**
   * The definitions a user asked for: every definition when {@code ids} is empty, otherwise each id (trimmed,
   * case-insensitive) in the order given.
   *
   * @param ids the ids, possibly empty
   * @return the definitions
   * @throws UnknownIndicatorException for an id that has none
   */
  public List<IndicatorDefinition> select(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return all();
    }
    return ids.stream().map(id -> get(id.strip().toLowerCase(java.util.Locale.ROOT))).toList();
  }

  /** Every definition, sorted by id. */
  public List<IndicatorDefinition> all() {
    return byId.values().stream().sorted(java.util.Comparator.comparing(IndicatorDefinition::id)).toList();
  }

  /** The number of definitions. */
  public int size() {
    return byId.size();
  }

  /**
   * The definitions linked to a target (any role).
   *
   * @param target the target
   * @return the definitions, sorted by id
   */
  public List<IndicatorDefinition> byTarget(TargetCode target) {
    return all().stream().filter(d -> d.targetLinks().stream().anyMatch(l -> l.target().equals(target))).toList();
  }

  /**
   * The definitions linked to any target of a goal.
   *
   * @param goal the goal
   * @return the definitions, sorted by id
   */
  public List<IndicatorDefinition> byGoal(GoalCode goal) {
    return all().stream().filter(d -> d.goals().contains(goal)).toList();
  }

  /** The editions (one per loaded file), e.g. {@code no-municipal 2026.1}. */
  public List<String> editions() {
    return editions;
  }
}

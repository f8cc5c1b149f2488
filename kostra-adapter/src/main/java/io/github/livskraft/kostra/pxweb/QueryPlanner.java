package io.github.livskraft.kostra.pxweb;

import io.github.livskraft.kostra.Defaults;
import io.github.livskraft.kostra.KostraErrorCode;
import io.github.livskraft.sdg.MessageFragment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a query against table metadata and splits it into parts within SSB's limits.
 *
 * <ul>
 *   <li>Every code is checked against metadata (or against the codelist's values) before anything is sent, with an
 *       error that names the code, the variable and the table; duplicates are removed (SSB answers 500 to them).
 *   <li>Expressions ({@code *}, {@code top}, {@code from}, {@code range}, …) are resolved to explicit codes.
 *   <li>A variable that cannot be eliminated must be selected.
 *   <li>Cells are estimated as the product of the selected counts; a query over {@code maxCells} (800,000) or, on
 *       v1, over {@code maxValues} (50,000) selected values is split along its largest variable, recursively.
 * </ul>
 *
 * <pre>{@code
 * QueryPlan plan = new QueryPlanner(800_000, Integer.MAX_VALUE).plan(metadata, query);
 * plan.parts().forEach(part -> ...);
 * }</pre>
 */
public final class QueryPlanner {
  private final long maxCells;
  private final int maxValues;

  /**
   * Creates a planner.
   *
   * @param maxCells the largest number of cells per part
   * @param maxValues the largest number of selected values per part (v1: 50,000)
   */
  public QueryPlanner(long maxCells, int maxValues) {
    if (maxCells < 1 || maxValues < 1) {
      throw new io.github.livskraft.kostra.KostraArgumentException("planner-limits", maxCells, maxValues);
    }
    this.maxCells = maxCells;
    this.maxValues = maxValues;
  }

  /**
   * A planner with SSB's limits for an API version.
   *
   * @param api the API version
   * @param maxCells the cell limit
   * @return the planner
   */
  public static QueryPlanner forApi(ApiVersion api, long maxCells) {
    return new QueryPlanner(maxCells, api == ApiVersion.V1 ? Defaults.MAX_VALUES_V1 : Integer.MAX_VALUE);
  }

  /**
   * Plans a query without codelist values (selections through a codelist must then list explicit codes).
   *
   * @param meta the table metadata
   * @param query the query
   * @return the plan
   * @throws PxWebException of kind {@link PxWebException.Kind#INVALID_QUERY} or
   *     {@link PxWebException.Kind#MISSING_MANDATORY_VARIABLE}
   */
  public QueryPlan plan(TableMetadata meta, DataQuery query) {
    return plan(meta, query, Map.of());
  }

  /**
   * Plans a query.
   *
   * @param meta the table metadata
   * @param query the query
   * @param codelists codelists by id, used to validate and resolve selections made through them
   * @return the plan
   * @throws PxWebException of kind {@link PxWebException.Kind#INVALID_QUERY} or
   *     {@link PxWebException.Kind#MISSING_MANDATORY_VARIABLE}
   */
  public QueryPlan plan(TableMetadata meta, DataQuery query, Map<String, Codelist> codelists) {
    if (!meta.tableId().equals(query.tableId())) {
      throw invalid("table-mismatch", meta.tableId(), query.tableId());
    }
    List<MessageFragment> notes = new ArrayList<>();
    Map<String, Selection> byVariable = new LinkedHashMap<>();
    for (Selection s : query.selections()) {
      Variable v = meta.variable(s.variable());
      byVariable.put(v.code(), s);
    }
    List<Selection> resolved = new ArrayList<>();
    for (Variable v : meta.variables()) {
      Selection s = byVariable.get(v.code());
      if (s == null) {
        if (!v.eliminable()) {
          throw PxWebException.coded(PxWebException.Kind.MISSING_MANDATORY_VARIABLE, null,
              KostraErrorCode.text("query.mandatory", meta.tableId(), v.code(), v.label(), v.size()));
        }
        continue;
      }
      List<String> codes = resolve(meta, v, s, codelists, notes);
      resolved.add(new Selection(v.code(), Selection.Kind.CODES, codes, s.codelist()));
    }
    DataQuery resolvedQuery = new DataQuery(meta.tableId(), resolved);
    long cells = QueryPlan.cellsOf(resolvedQuery);
    List<DataQuery> parts = new ArrayList<>();
    split(resolvedQuery, parts);
    if (parts.size() > 1) {
      notes.add(KostraErrorCode.text("plan.split", parts.size(), maxCells));
    }
    return new QueryPlan(query, resolvedQuery, parts, cells, notes);
  }

  private List<String> resolve(TableMetadata meta, Variable v, Selection s, Map<String, Codelist> codelists,
      List<MessageFragment> notes) {
    List<String> base;
    Optional<String> codelistId = s.codelist();
    if (codelistId.isPresent()) {
      String id = codelistId.get();
      if (!v.codelists().isEmpty() && v.findCodelist(id).isEmpty()) {
        throw invalid("no-codelist", meta.tableId(), v.code(), id,
            String.join(", ", v.codelists().stream().map(CodelistRef::id).toList()));
      }
      Codelist cl = codelists.get(id);
      if (cl == null) {
        if (s.kind() != Selection.Kind.CODES) {
          throw invalid("codelist-values", s, id);
        }
        return dedupe(s.values(), v, notes);
      }
      base = cl.codes();
    } else {
      base = v.codes();
    }
    MessageFragment where = codelistId.isPresent()
        ? KostraErrorCode.text("query.where.codelist", meta.tableId(), v.code(), codelistId.get())
        : KostraErrorCode.text("query.where", meta.tableId(), v.code());
    List<String> out;
    switch (s.kind()) {
      case CODES -> {
        Set<String> wanted = new LinkedHashSet<>();
        for (String c : s.values()) {
          String canonical = find(base, c).orElseThrow(() -> invalid("unknown-code", c, where, sample(base)));
          if (!wanted.add(canonical)) {
            notes.add(KostraErrorCode.text("plan.duplicate", c, v.code()));
          }
        }
        out = base.stream().filter(wanted::contains).toList(); // metadata order
      }
      case PATTERN -> {
        List<Pattern> patterns = s.values().stream().map(QueryPlanner::glob).toList();
        out = base.stream().filter(c -> patterns.stream().anyMatch(p -> p.matcher(c).matches())).toList();
        if (out.isEmpty()) {
          throw invalid("no-match", where, String.join(", ", s.values()), sample(base));
        }
      }
      case TOP, BOTTOM -> {
        int n = Integer.parseInt(s.values().get(0));
        int off = s.values().size() > 1 ? Integer.parseInt(s.values().get(1)) : 0;
        int size = base.size();
        boolean newest = (s.kind() == Selection.Kind.TOP) == v.time();
        int from;
        int to;
        if (newest) {
          to = Math.max(0, size - off);
          from = Math.max(0, to - n);
        } else {
          from = Math.min(size, off);
          to = Math.min(size, from + n);
        }
        out = base.subList(from, to);
      }
      case FROM -> out = base.subList(index(base, s.values().get(0), where), base.size());
      case TO -> out = base.subList(0, index(base, s.values().get(0), where) + 1);
      case RANGE -> {
        int a = index(base, s.values().get(0), where);
        int b = index(base, s.values().get(1), where);
        if (a > b) {
          throw invalid("reversed", s.values().get(0), s.values().get(1), where);
        }
        out = base.subList(a, b + 1);
      }
      default -> throw new IllegalStateException(s.kind().name());
    }
    if (out.isEmpty()) {
      throw invalid("nothing", s, where);
    }
    return List.copyOf(out);
  }

  private static List<String> dedupe(List<String> codes, Variable v, List<MessageFragment> notes) {
    Set<String> seen = new LinkedHashSet<>();
    for (String c : codes) {
      if (!seen.add(c)) {
        notes.add(KostraErrorCode.text("plan.duplicate", c, v.code()));
      }
    }
    return List.copyOf(seen);
  }

  private static Optional<String> find(List<String> base, String code) {
    if (base.contains(code)) {
      return Optional.of(code);
    }
    String lower = code.toLowerCase(Locale.ROOT);
    return base.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  private static int index(List<String> base, String code, MessageFragment where) {
    String c = find(base, code).orElseThrow(() -> invalid("unknown-code", code, where, sample(base)));
    return base.indexOf(c);
  }

  private static Object sample(List<String> base) {
    if (base.size() <= 12) {
      return String.join(", ", base);
    }
    return KostraErrorCode.text("query.sample", String.join(", ", base.subList(0, 6)),
        String.join(", ", base.subList(base.size() - 3, base.size())), base.size());
  }

  private static Pattern glob(String g) {
    StringBuilder re = new StringBuilder();
    for (char ch : g.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private void split(DataQuery q, List<DataQuery> out) {
    long cells = QueryPlan.cellsOf(q);
    long values = q.selections().stream().mapToLong(s -> s.values().size()).sum();
    if (cells <= maxCells && values <= maxValues) {
      out.add(q);
      return;
    }
    int largest = -1;
    for (int i = 0; i < q.selections().size(); i++) {
      int n = q.selections().get(i).values().size();
      if (n > 1 && (largest < 0 || n > q.selections().get(largest).values().size())) {
        largest = i;
      }
    }
    if (largest < 0) {
      out.add(q); // a single cell cannot be split further
      return;
    }
    Selection s = q.selections().get(largest);
    int n = s.values().size();
    long others = cells / n;
    long byCells = Math.max(1, maxCells / Math.max(1, others));
    long byValues = Math.max(1, maxValues - (values - n));
    int chunk = (int) Math.max(1, Math.min(Math.min(byCells, byValues), (long) n - 1));
    for (int start = 0; start < n; start += chunk) {
      List<String> piece = s.values().subList(start, Math.min(n, start + chunk));
      List<Selection> sel = new ArrayList<>(q.selections());
      sel.set(largest, new Selection(s.variable(), Selection.Kind.CODES, piece, s.codelist()));
      split(new DataQuery(q.tableId(), sel), out);
    }
  }

  /** {@code KOSTRA-0010} with the fragment {@code query.<key>}. */
  private static PxWebException invalid(String key, Object... args) {
    return PxWebException.coded(PxWebException.Kind.INVALID_QUERY, null, KostraErrorCode.text("query." + key, args));
  }
}

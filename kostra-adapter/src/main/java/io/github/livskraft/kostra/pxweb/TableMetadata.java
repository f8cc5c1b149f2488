package io.github.livskraft.kostra.pxweb;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The variables and values of a statbank table. Everything else (validation, planning, region and time lookup) is
 * keyed by the codes read here, never by hard-coded names.
 *
 * @param tableId the table number
 * @param label the title
 * @param updated SSB's {@code updated} stamp as published, empty if the API does not say (v1)
 * @param variables the variables in table order
 * @param api which API the metadata came from
 * @param geoVariable the variable with role {@code geo}, if metadata names one
 */
public record TableMetadata(String tableId, String label, String updated, List<Variable> variables, ApiVersion api,
    Optional<String> geoVariable) {

  /** Copies. */
  public TableMetadata {
    Objects.requireNonNull(tableId, "tableId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(updated, "updated");
    variables = List.copyOf(variables);
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(geoVariable, "geoVariable");
  }

  /**
   * Finds a variable: exact code first, then case-insensitive.
   *
   * @param code the code
   * @return the variable
   */
  public Optional<Variable> findVariable(String code) {
    for (Variable v : variables) {
      if (v.code().equals(code)) {
        return Optional.of(v);
      }
    }
    String lower = code.toLowerCase(Locale.ROOT);
    return variables.stream().filter(v -> v.code().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  /**
   * Gets a variable.
   *
   * @param code the code
   * @return the variable
   * @throws PxWebException of kind {@link PxWebException.Kind#INVALID_QUERY}, listing the table's variables
   */
  public Variable variable(String code) {
    return findVariable(code).orElseThrow(() -> PxWebException.coded(PxWebException.Kind.INVALID_QUERY, null,
        io.github.livskraft.kostra.KostraErrorCode.text("query.no-variable", tableId, code,
            String.join(", ", codes()))));
  }

  /** @return the variable codes in order */
  public List<String> codes() {
    return variables.stream().map(Variable::code).toList();
  }

  /** @return the time variable ({@code Tid}), if any */
  public Optional<Variable> timeVariable() {
    return variables.stream().filter(Variable::time).findFirst()
        .or(() -> findVariable("Tid"));
  }

  /** @return the contents variable ({@code ContentsCode}), if any */
  public Optional<Variable> contentsVariable() {
    return variables.stream().filter(Variable::isContents).findFirst();
  }

  /**
   * The region variable: the one with role {@code geo}, else the first whose code contains "region"
   * ({@code Region}, {@code KOKkommuneregion0000}, {@code KOKfylkesregion0000}).
   *
   * @return the region variable, if any
   */
  public Optional<Variable> regionVariable() {
    return geoVariable.flatMap(this::findVariable).or(() -> variables.stream()
        .filter(v -> v.code().toLowerCase(Locale.ROOT).contains("region")).findFirst());
  }

  /** @return the number of cells of the whole table */
  public long totalCells() {
    long n = 1;
    for (Variable v : variables) {
      n = Math.multiplyExact(n, (long) Math.max(1, v.size()));
    }
    return n;
  }
}

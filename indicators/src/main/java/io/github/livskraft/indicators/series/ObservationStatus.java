package io.github.livskraft.indicators.series;

import io.github.livskraft.indicators.IndicatorErrorCode;
import io.github.livskraft.sdg.Language;
import java.util.Optional;

/**
 * The status of an observation, with SSB's standard symbols (standardtegn). Only {@link #OK},
 * {@link #PROVISIONAL} and {@link #NIL} carry a number; every other status means the value is absent, and
 * calculators propagate it (nothing turns {@code ..} into 0).
 */
public enum ObservationStatus {
  /** A published figure. */
  OK(""),
  /** Provisional figure ({@code *} in older SSB tables; also used for KOSTRA's unrevised March figures). */
  PROVISIONAL("*"),
  /** Nil: the quantity is exactly zero ({@code -}, "null"). Carries the value 0. */
  NIL("-"),
  /** Not applicable: the category is not in use ({@code .}, "tall kan ikke forekomme"). */
  NOT_APPLICABLE("."),
  /** Not available: data missing or not yet available ({@code ..}). */
  NOT_AVAILABLE(".."),
  /** Not yet published ({@code ...} in tables before 2021). */
  NOT_YET_PUBLISHED("..."),
  /** Suppressed for confidentiality ({@code :}, "prikket"). */
  CONFIDENTIAL(":");

  /** Order in which absent statuses win when combined. */
  private static final class Precedence {
    static final ObservationStatus[] ABSENT = {CONFIDENTIAL, NOT_APPLICABLE, NOT_AVAILABLE, NOT_YET_PUBLISHED};
  }

  private final String symbol;

  ObservationStatus(String symbol) {
    this.symbol = symbol;
  }

  /** SSB's symbol: {@code ""}, {@code *}, {@code -}, {@code .}, {@code ..}, {@code ...} or {@code :}. */
  public String symbol() {
    return symbol;
  }

  /** Whether an observation with this status has a number. */
  public boolean hasValue() {
    return this == OK || this == PROVISIONAL || this == NIL;
  }

  /**
   * A label.
   *
   * @param language the language
   * @return the label
   */
  public String label(Language language) {
    return IndicatorErrorCode.GENERAL.messages().pattern("ObservationStatus." + name(), language);
  }

  /**
   * The status for an SSB symbol (empty text is {@link #OK}).
   *
   * @param symbol the symbol
   * @return the status, or empty if the symbol is not one of SSB's
   */
  public static Optional<ObservationStatus> fromSymbol(String symbol) {
    String s = symbol.strip();
    for (ObservationStatus st : values()) {
      if (st.symbol.equals(s)) {
        return Optional.of(st);
      }
    }
    return Optional.empty();
  }

  /**
   * The status of a result computed from two inputs: the first absent status in the order confidential,
   * not applicable, not available, not yet published wins; if both have values, provisional if either is
   * provisional, else OK.
   *
   * @param a one status
   * @param b the other
   * @return the combined status
   */
  public static ObservationStatus combine(ObservationStatus a, ObservationStatus b) {
    return Combined.TABLE[a.ordinal()][b.ordinal()];
  }

  /** The rule of {@link #combine}, computed once for every pair. */
  private static ObservationStatus rule(ObservationStatus a, ObservationStatus b) {
    if (a == b) {
      return a == NIL ? OK : a;
    }
    for (ObservationStatus s : Precedence.ABSENT) {
      if (a == s || b == s) {
        return s;
      }
    }
    return a == PROVISIONAL || b == PROVISIONAL ? PROVISIONAL : OK;
  }

  /** {@link #combine} for every pair of statuses, by ordinal. */
  private static final class Combined {
    static final ObservationStatus[][] TABLE = table();

    private static ObservationStatus[][] table() {
      ObservationStatus[] all = values();
      ObservationStatus[][] t = new ObservationStatus[all.length][all.length];
      for (ObservationStatus a : all) {
        for (ObservationStatus b : all) {
          t[a.ordinal()][b.ordinal()] = rule(a, b);
        }
      }
      return t;
    }
  }
}

package io.github.livskraft.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The cost of a tiltak. Immutable.
 *
 * @param amount the amount in {@code currency}
 * @param currency ISO 4217 code; {@code NOK} when absent
 * @param note e.g. "per år", "investering", "innenfor rammen"
 */
public record Cost(BigDecimal amount, String currency, Optional<String> note) {

  /** Defaults the currency to NOK. */
  public Cost {
    Checks.required(amount, "amount");
    currency = currency == null ? "NOK" : currency;
    note = Checks.opt(note);
  }

  /**
   * An amount in NOK.
   *
   * @param amount the amount
   * @return the cost
   */
  public static Cost nok(BigDecimal amount) {
    return new Cost(amount, "NOK", Optional.empty());
  }
}

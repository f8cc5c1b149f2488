package io.github.livskraft.plan.benefits;

import io.github.livskraft.plan.BenefitKind;
import java.math.BigDecimal;

/**
 * Expected against realised benefits for a group (an innsatsområde or an SDG goal), one kind and one unit.
 * Immutable.
 *
 * @param group the focus area title or "SDG 11"
 * @param kind the benefit kind
 * @param unit the unit of the amounts ("" for benefits given only on the scale)
 * @param expected the number of expected benefits
 * @param realised how many of them have a realisation reported
 * @param expectedAmount the sum of expected amounts
 * @param realisedAmount the sum of the latest realised amounts
 * @param expectedPoints the sum of expected scale points
 * @param realisedPoints the sum of the latest realised scale points
 */
public record BenefitBalance(String group, BenefitKind kind, String unit, int expected, int realised,
    BigDecimal expectedAmount, BigDecimal realisedAmount, int expectedPoints, int realisedPoints) {}

/**
 * SDG coverage of a plan or chain: which goals and targets are addressed, by which elements, how deeply
 * (linked → has indicator → has target value → has data), and the gaps against a priority set. Results as data
 * (records, JSON, CSV) and as readable text in bokmål or English.
 */
@NullMarked
package io.github.livskraft.plan.coverage;

import org.jspecify.annotations.NullMarked;

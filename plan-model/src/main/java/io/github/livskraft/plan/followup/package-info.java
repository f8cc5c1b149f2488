/** Follow-up over time: status per reporting period (tertial, year) by element, innsatsområde and SDG. */
@NullMarked
package io.github.livskraft.plan.followup;

import org.jspecify.annotations.NullMarked;

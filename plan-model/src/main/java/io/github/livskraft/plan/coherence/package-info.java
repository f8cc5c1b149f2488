/**
 * Plan-level coherence rules (samanheng i plansystemet): SDG links on focus areas and main goals, indicators
 * with targets, traceability of tiltak, references and cycles, and the legal rules of the plan system
 * (kommuneloven § 14-4, plan- og bygningsloven §§ 10-1 and 11-4). Rules have stable codes, a severity and an
 * explanation in bokmål and English; users switch rules off and add their own.
 */
@NullMarked
package io.github.livskraft.plan.coherence;

import org.jspecify.annotations.NullMarked;

package io.github.livskraft.server.internal;

import io.github.livskraft.indicators.IndicatorLibrary;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.tagger.SdgTagger;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;

/**
 * The shared, thread-safe services behind the routes, built once at start.
 *
 * @param catalogue the SDG catalogue
 * @param tagger the tagger
 * @param validator the plan validator
 * @param indicators the indicator library
 * @param metrics the metrics registry
 * @param cases the casework reader and assessor (with the plans loaded at start, for the golden thread)
 * @param report the report for the plans directory, if one was configured
 */
public record Services(SdgCatalogue catalogue, SdgTagger tagger, PlanValidator validator,
    IndicatorLibrary indicators, PrometheusMeterRegistry metrics, CaseApi cases, Optional<ReportCache> report) {}

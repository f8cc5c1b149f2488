/** Livskraft plan model: the municipal plan chain as validated data, SDG links, coherence/coverage and link suggestions. */
module io.github.livskraft.plan {
  requires transitive io.github.livskraft.sdg;
  requires transitive io.github.livskraft.indicators;
  requires transitive io.github.livskraft.tagger;
  requires static org.jspecify;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires ical4j.core;

  exports io.github.livskraft.plan;
  exports io.github.livskraft.plan.io;

  exports io.github.livskraft.plan.validation;
  exports io.github.livskraft.plan.validation.constraints;
  exports io.github.livskraft.plan.coherence;
  exports io.github.livskraft.plan.coverage;
  exports io.github.livskraft.plan.calendar;
  exports io.github.livskraft.plan.followup;
  exports io.github.livskraft.plan.benefits;
  exports io.github.livskraft.plan.suggest;
  exports io.github.livskraft.plan.analysis;

  opens io.github.livskraft.plan to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.github.livskraft.plan.validation.internal to org.hibernate.validator;
}

/** Livskraft plan model: the municipal plan chain as validated data, SDG links, coherence/coverage, text tagging. */
module io.github.livskraft.plan {
  requires transitive io.github.livskraft.sdg;
  requires transitive io.github.livskraft.indicators;
  requires static org.jspecify;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.github.livskraft.plan;
  exports io.github.livskraft.plan.tagging;
}

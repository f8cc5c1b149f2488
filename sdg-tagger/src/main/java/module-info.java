/**
 * Livskraft SDG tagger: explainable text-to-SDG tagging (goals and targets) for bokmål, nynorsk and English with
 * the {@code .sdgrules} rule language and bundled rule sets. Depends on sdg-core only.
 */
module io.github.livskraft.tagger {
  requires transitive io.github.livskraft.sdg;
  requires static org.jspecify;

  exports io.github.livskraft.tagger;
}

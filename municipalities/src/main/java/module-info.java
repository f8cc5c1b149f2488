/**
 * Livskraft municipalities: Norwegian kommunenummer and fylkesnummer, names, validity periods and the national
 * history of renumberings, mergers and splits, bundled as data (offline).
 */
module io.github.livskraft.municipalities {
  requires transitive io.github.livskraft.sdg;
  requires static org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.livskraft.municipalities;
  exports io.github.livskraft.municipalities.internal to io.github.livskraft.kostra, io.github.livskraft.plan;
}

/**
 * Livskraft casework: the SDG assessment of a political case (bærekraftsvurdering i saksframlegg) for sak/arkiv
 * systems, with Fiks Arkiv (Noark 5) output.
 */
module io.github.livskraft.casework {
  requires transitive io.github.livskraft.sdg;
  requires transitive io.github.livskraft.tagger;
  requires transitive io.github.livskraft.plan;
  requires static org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.apache.pdfbox;
  requires org.jsoup;
  requires java.xml;

  exports io.github.livskraft.casework;
  exports io.github.livskraft.casework.io;
  exports io.github.livskraft.casework.batch;
}

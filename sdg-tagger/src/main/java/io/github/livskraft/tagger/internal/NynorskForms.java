package io.github.livskraft.tagger.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Nynorsk forms of the bokmål spellings in a rule term, derived from nynorsk orthography and inflection when the
 * nynorsk rules are compiled (issue 13, fifth round).
 *
 * <p>The nynorsk rule files were converted word by word from the bokmål ones and have been patched where a missing
 * nynorsk form was noticed; fresh nynorsk text still used forms that no rule read. Instead of adding words one by
 * one, every term of a nynorsk rule (exact word, prefix, suffix, infix, and every word of a phrase) is rewritten
 * with a fixed table of bokmål → nynorsk correspondences, and each distinct rewrite becomes one more trie entry
 * with the same term id: {@code offentlig*} also reads "offentleg…", {@code "grunnleggende tjenester"} also
 * "grunnleggjande tenester", {@code drikkevann*} "drikkevatn…"/"drikkevass…", {@code bosetting*} "busetjing…",
 * {@code sikkerhet*} "tryggleik…"/"sikkerheit…". It is done once per rule set, so it costs nothing per word; a
 * rewrite that is no nynorsk word simply never matches.
 *
 * <p>Table syntax, one correspondence per entry {@code from>to[|to2]}: a leading {@code ^} anchors {@code from} at
 * the start of the term, a trailing {@code $} at its end (for a prefix term: the end of its stem), a leading
 * {@code -} requires at least three letters before it (a suffix of a longer word: {@code -lig$} rewrites
 * "offentlig" but not "lig…"); otherwise {@code from} is rewritten wherever it occurs in the term (a part of a
 * compound: "vann" in "drikkevann" and "vannforsyning"). Entries are applied in order, each to every form made so
 * far, so "sikkerhetsrutiner" gets both "tryggleik…" and "sikkerheit…".
 */
final class NynorskForms {

  /** The id prefix of the nynorsk rules derived from the bokmål ones ("nb.13.klima" → "nnb.13.klima"). */
  static final String DERIVED_PREFIX = "nnb.";

  /** Bokmål → nynorsk correspondences, in the order they are applied. */
  private static final List<String> TABLE = List.of(
      // words and parts of compounds
      "vann$>vatn", "vann>vass|vatn", "vatn>vass", "utslipp>utslepp", "boliger>bustader", "bolig>bustad", "skole>skule",
      "bærekraft>berekraft", "bosetting>busetjing", "bosetning>busetjing", "bosett>busett", "-setting>setjing",
      "sykdom>sjukdom", "syke>sjuke", "sykt>sjukt", "sykm>sjukm", "^syk$>sjuk", "hjemme>heime", "hjem>heim",
      "tjeneste>teneste", "tilbud>tilbod", "utleie>utleige", "mangfold>mangfald", "forurensning>forureining", "forurenset>forureina", "forurens>forureins", "rense>reinse",
      "^ren$>rein", "^rent$>reint", "vold>vald", "sikkerhet>tryggleik", "trygghet>tryggleik",
      "mulighet>moglegheit", "mulig>mogleg", "ansatt>tilsett", "lærer>lærar", "elever>elevar",
      "innbyggere>innbyggjarar", "innbygger>innbyggjar", "virksomhet>verksemd", "ledelse>leiing", "leder>leiar", "kilde>kjelde",
      "bevissthet>medvit", "eierskap>eigarskap", "^eier>eigar", "anskaffelse>anskaffing", "^lav>låg",
      "høyskole>høgskule", "høyere>høgare", "^høy$>høg", "^høyt$>høgt", "høyteknolog>høgteknolog", "vennlig>venleg", "fremmende>fremjande",
      "fremmer>fremjar", "fremme>fremje", "bygge>byggje", "legge>leggje", "veier>vegar", "veien>vegen",
      "vei>veg", "kjør>køyr", "gjenvinn>attvinn", "gjenbruk>ombruk", "medvirkning>medverknad",
      "forskning>forsking", "tilpasning>tilpassing", "steder>stader", "sted>stad", "strøm>straum",
      "^øke$>auke", "^økt$>auka", "økning>auke|auking", "forbedr>forbetr", "^bedre$>betre", "truet>truga",
      "truede>truga", "ensomhet>einsemd", "ensom>einsam", "alene>åleine", "gård>gard", "dyrket>dyrka",
      "lønnsom>lønsam", "lønn>løn", "gutter>gutar", "forvaltning>forvalting", "rådgivning>rådgjeving",
      "likhet>likskap", "husholdning>hushald|hushaldning", "hold>hald", "salg>sal", "bevilling>løyve",
      "tillatelse>løyve", "valg>val", "flom>flaum", "regning>rekning", "regne>rekne", "^bro>bru",
      "rensing>reinsing", "åpenhet>openheit", "åpen>open",
      "åpne>opne", "forening>foreining", "sammen>saman", "^samme$>same", "arbeidsledighet>arbeidsløyse",
      "kirke>kyrkje", "^sten>stein", "sykepleier>sjukepleiar",
      // ninth round (tag9n): prefixes, stems and parts of compounds that differ in nynorsk
      "forebygg>førebygg", "utenfor>utanfor", "innenfor>innanfor", "selvmord>sjølvmord", "^selv>sjølv",
      "fremtid>framtid", "fremgang>framgang", "fremfor>framfor", "fremmede>framande", "fremmed>framand",
      "heltid>heiltid", "grønn>grøn", "ungdommer>ungdomar", "ungdomm>ungdom", "^lek>leik", "melk>mjølk",
      "bostedsløs>bustadlaus", "bosted>bustad", "^hjemløs>heimlaus", "løsning>løysing", "^løse$>løyse",
      "^høre$>høyre", "^hørt$>høyrt", "hørsel>høyrsel", "høring>høyring", "ferge>ferje", "ledning>leidning",
      "^egnet$>eigna", "tilrettelagt>tilrettelagd", "beboer>bebuar", "-elses>ings",
      "-sette$>setje", "-kke$>kkje", "-rke$>rkje", "-nke$>nkje", "-lge$>lgje", "-eve$>evje",
      // function words inside phrases
      "^ikke$>ikkje", "^mye$>mykje", "^også$>òg", "^noen$>nokon|nokre", "^noe$>noko", "^hvordan$>korleis",
      "^fra$>frå", "^uten$>utan", "^innen$>innan", "^bare$>berre", "^være$>vere", "^gjøre$>gjere", "^en$>ein|ei",
      "^et$>eit", "^ett$>eitt", "^egen$>eigen", "^eget$>eige", "^egne$>eigne", "^deres$>deira",
      "^hennes$>hennar", "^sørge$>syte", "^hv>kv", "^mer$>meir", "^flere$>fleire", "^disse$>desse",
      "^annen$>annan", "^annet$>anna", "^siden$>sidan", "^nå$>no", "^hele$>heile", "^hel$>heil", "^gjelder$>gjeld",
      // derivation and inflection
      "-heten>heita", "-het>heit", "-lige>lege", "-lig$>leg", "-ligh>legh", "-elsen>inga",
      "-elser>ingar", "-else$>ing", "-ende$>ande|jande", "-gge$>ggje");

  /** Words whose letters look like a bokmål ending or part but are the same in nynorsk ("folkehelse", "sykkel"). */
  private static final List<String> PROTECTED = List.of("helse", "sykkel", "grense", "bolig");

  /** At most this many forms per term (a guard against a table that multiplies). */
  private static final int MAX_FORMS = 24;

  private static final List<Entry> ENTRIES = TABLE.stream().map(Entry::parse).toList();

  private NynorskForms() {
  }

  /**
   * The nynorsk rewrites of a term's letters, without the term itself.
   *
   * @param core the term without its wildcards, lower case
   * @param exact whether the term is a whole word (then -ene also gets -ane and -et -a; a term ending in -er of at
   *     least six letters gets -ar either way)
   * @return the distinct rewrites, possibly empty
   */
  static Set<String> of(String core, boolean exact) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(core);
    for (Entry e : ENTRIES) {
      for (String form : new ArrayList<>(forms)) {
        if (forms.size() >= MAX_FORMS) {
          break;
        }
        for (String to : e.to) {
          String r = e.rewrite(form, to);
          if (r != null) {
            forms.add(r);
          }
        }
      }
    }
    for (String form : new ArrayList<>(forms)) {
      if (form.length() >= 6 && form.endsWith("er")) {
        forms.add(form.substring(0, form.length() - 2) + "ar"); // masculine plural, agent noun, -ar verb
      } else if (exact && form.length() >= 6 && form.endsWith("ene")) {
        forms.add(form.substring(0, form.length() - 3) + "ane");
      } else if (exact && form.length() >= 6 && form.endsWith("et")) {
        forms.add(form.substring(0, form.length() - 2) + "a"); // past participle: dyrket → dyrka
      } else if (exact && form.length() >= 7 && form.endsWith("ede")) {
        forms.add(form.substring(0, form.length() - 3) + "a"); // participle adjective: tilpassede → tilpassa
      }
      if (form.length() >= 7 && form.endsWith("ere")) {
        forms.add(form.substring(0, form.length() - 3) + "arar"); // agent noun plural: brukere → brukarar (a verb in -ere gets a form no text has)
      } else if (form.length() >= 7 && form.endsWith("erne")) {
        forms.add(form.substring(0, form.length() - 4) + "arane"); // brukerne → brukarane
      } else if (exact && form.length() >= 7 && form.endsWith("eren")) {
        forms.add(form.substring(0, form.length() - 4) + "aren"); // brukeren → brukaren
      }
    }
    forms.remove(core);
    return forms;
  }

  /** One correspondence of the table. */
  private record Entry(String from, String[] to, boolean start, boolean end, int minBefore) {

    static Entry parse(String spec) {
      int gt = spec.indexOf('>');
      String from = spec.substring(0, gt);
      boolean start = from.startsWith("^");
      boolean suffix = from.startsWith("-");
      boolean end = from.endsWith("$");
      from = from.substring(start || suffix ? 1 : 0, end ? from.length() - 1 : from.length());
      return new Entry(from, spec.substring(gt + 1).split("\\|"), start, end, suffix ? 3 : 0);
    }

    private static boolean isProtected(String form, int from, int to) {
      for (String p : PROTECTED) {
        for (int at = form.indexOf(p); at >= 0; at = form.indexOf(p, at + 1)) {
          if (at < to && from < at + p.length()) {
            return true;
          }
        }
      }
      return false;
    }

    /** {@code form} with every allowed occurrence of {@code from} replaced by {@code to}, or null if none. */
    String rewrite(String form, String to) {
      StringBuilder out = null;
      int copied = 0;
      int at = form.indexOf(from);
      while (at >= 0) {
        boolean ok = at >= minBefore && (!start || at == 0) && (!end || at + from.length() == form.length())
            && !isProtected(form, at, at + from.length());
        if (ok) {
          if (out == null) {
            out = new StringBuilder(form.length() + 8);
          }
          out.append(form, copied, at).append(to);
          copied = at + from.length();
        }
        at = form.indexOf(from, at + Math.max(1, from.length()));
      }
      if (out == null) {
        return null;
      }
      return out.append(form, copied, form.length()).toString();
    }
  }
}

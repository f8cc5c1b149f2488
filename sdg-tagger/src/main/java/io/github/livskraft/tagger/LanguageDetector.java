package io.github.livskraft.tagger;

import io.github.livskraft.tagger.internal.Tokens;
import io.github.livskraft.sdg.Language;
import java.util.Objects;
import java.util.Set;

/**
 * Tells English, bokmål and nynorsk apart by their most frequent function words (språkgjenkjenning). Meant for
 * choosing a rule set, not as a general language identifier: text in any other language comes out as whichever of
 * the three it resembles most, and text with no clue at all as bokmål.
 *
 * <pre>{@code
 * LanguageDetector.detect("Kommunen skal redusere klimagassutsleppa frå eigen drift.");   // NN
 * }</pre>
 */
public final class LanguageDetector {
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "are", "for", "that", "with",
      "be", "by", "this", "which", "from", "as", "it", "was", "were", "have", "has", "their", "an", "or", "not",
      "will", "can", "its", "these", "such", "on", "at");
  private static final Set<String> NORWEGIAN = Set.of("og", "er", "det", "som", "på", "av", "med", "til", "skal",
      "har", "vil", "kan", "dette", "eller", "ved", "om", "seg", "blir", "mellom", "gjennom", "også", "kommunen",
      "samt", "innen", "slik", "sin", "sine", "får", "må", "være", "vere", "ikke", "ikkje", "å");
  private static final Set<String> BOKMAL = Set.of("ikke", "hva", "hvor", "hvordan", "hvilke", "hvilken", "jeg",
      "fra", "de", "disse", "noe", "mye", "hele", "bare", "være", "en", "et", "enn", "kommer", "blitt",
      "noen", "mer", "dem", "hvis", "selv", "gjøre", "sammen", "eget", "egen", "egne", "utslipp", "tjenester",
      "hennes", "kommunene", "tiltakene", "virksomhet", "barna", "veien", "mens", "anbefalt",
      "helhetlig", "øke", "øker", "bedre", "flere", "høy", "lav", "tar", "gjør", "holder", "krever", "uten",
      "fortsatt", "hjemme", "stedet", "hverandre", "ønske", "legge", "sette", "vært", "huske", "allerede",
      "nå", "søke", "saksbehandler", "videre", "frem", "fremover", "deres", "hvert", "hver", "innen", "utslippene", "utslippet");
  private static final Set<String> NYNORSK = Set.of("ikkje", "kva", "kvar", "korleis", "eg", "frå",
      "dei", "desse", "noko", "mykje", "heile", "berre", "vere", "ein", "eit", "vert", "vart", "ho", "me",
      "nokon", "meir", "dersom", "sjølv", "gjere", "saman", "eige", "eigen", "eigne", "utslepp", "tenester",
      "hennar", "òg", "skule", "kommunane", "tiltaka", "verksemd", "born", "vegen", "medan", "fordi",
      "difor", "tilrådd", "heilskapleg", "auke", "aukar", "auka", "betre", "fleire", "høg", "høge", "låg", "tek", "gjer",
      "held", "krev", "utan", "framleis", "heime", "staden", "kvarandre", "ønskje", "ynskje", "leggje", "setje",
      "vore", "vorte", "hugse", "allereie", "no", "søkje", "sakshandsamar", "vidare", "fram", "framover",
      "deira", "kvart", "innan", "utsleppa", "utsleppet", "bu", "godkjende", "opna", "einskilde", "slik", "sjå", "gje", "gjev");

  private LanguageDetector() {}

  /** Passive -ast, plural definite -ane, -ar plurals, -heit, -leg(e), -kje/-gje infinitives, -inga, -ande, -leik. */
  private static final String[] NYNORSK_ENDINGS = {"ast", "ane", "heit", "heita", "leg", "lege", "kje", "gje", "ar",
      "inga", "ande", "leik", "skap"};
  /** Passive -es, plural definite -ene, -het, -lig(e), -inger, -elser, -ende. */
  private static final String[] BOKMAL_ENDINGS = {"eres", "ene", "het", "heten", "lig", "lige", "inger", "ningen",
      "elser", "kes", "ges", "ende"};
  private static final int MAX_WORD = 13;
  /** Characters read from the start of a text. */
  private static final int SAMPLE = 5_000;

  private static boolean nynorskEnding(Tokens t, int i) {
    for (String e : NYNORSK_ENDINGS) {
      if (t.endsWith(i, e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean bokmalEnding(Tokens t, int i) {
    for (String e : BOKMAL_ENDINGS) {
      if (t.endsWith(i, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most likely of English, bokmål and nynorsk.
   *
   * @param text the text
   * @return the language; {@link Language#NB} when there is no clue
   */
  public static Language detect(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return detect(Tokens.of(text.length() > SAMPLE ? text.subSequence(0, SAMPLE) : text));
  }

  /** Detects from already tokenized text, reading the tokens within the first {@value #SAMPLE} characters. */
  static Language detect(Tokens t) {
    int en = 0;
    int no = 0;
    int nb = 0;
    int nn = 0;
    for (int i = 0; i < t.size() && t.start(i) < SAMPLE; i++) {
      int len = t.length(i);
      if (len <= MAX_WORD) {
        String w = t.text(i);
        if (ENGLISH.contains(w)) {
          en++;
        }
        if (NORWEGIAN.contains(w)) {
          no++;
        }
        boolean b = BOKMAL.contains(w);
        boolean n = NYNORSK.contains(w);
        if (b && !n) {
          nb += 2;
          continue;
        } else if (n && !b) {
          nn += 2;
          continue;
        }
      }
      if (len >= 5) {
        nn += nynorskEnding(t, i) ? 1 : 0;
        nb += bokmalEnding(t, i) ? 1 : 0;
      }
    }
    if (en > no + (nb + nn) / 2) {
      return Language.EN;
    }
    return nn > nb ? Language.NN : Language.NB;
  }
}

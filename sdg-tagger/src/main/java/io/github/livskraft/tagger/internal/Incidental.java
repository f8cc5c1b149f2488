package io.github.livskraft.tagger.internal;

import java.util.Set;

/**
 * Whether a matched word of a Norwegian text names a place rather than the topic of the sentence: a noun for a
 * building, institution or area (school, kindergarten, university, industrial park, town centre …) stands
 * in a prepositional phrase of place — "ved ungdomsskolen", "forbi skulen", "i industriparken", "i gymsalen på
 * skolen", "ved Nordby skole" — where the preposition is followed by at most two determiners, adjectives from a
 * short list, names or numbers before the word.
 *
 * <p>The tagger uses this for the primary-versus-incidental rule: a goal whose every matched word is such a
 * place is dropped when another goal of the same text has evidence outside place phrases ("Det skal etableres en ny
 * gang- og sykkelbro over elva ved ungdomsskolen" is SDG 11, not SDG 4). A goal that is alone keeps its place words
 * ("Tiltak: Gratis kjernetid i SFO"). An institution or organisation named as a partner ("samarbeide med
 * universitetet om forskning på klimatilpasning", "sammen med dykkerklubben og Naturvernforbundet") is treated the
 * same way, a second place joined by "og"/"eller" ("mellom skolen og idrettshallen") too, and so are pupils, students or staff named as the actors
 * of a sentence ({@link #inSubject}) or as the people a measure is for ({@link #beneficiary}).
 */
public final class Incidental {
  /** Prepositions of place (bokmål and nynorsk). "på" and "i" also open non-spatial phrases ("satse på"). */
  private static final Set<String> PLACE = Set.of("i", "på", "ved", "forbi", "utenfor", "utanfor", "langs", "nær",
      "bak", "foran", "framfor", "rundt", "innenfor", "innanfor", "overfor", "mellom");
  /** Words that may stand between the preposition and the place noun. */
  private static final Set<String> FILLERS = Set.of("den", "det", "de", "dei", "en", "ei", "et", "eit", "ein", "denne",
      "dette", "disse", "desse", "ny", "nye", "nytt", "gamle", "gamla", "gammel", "kommunale", "kommunal", "hele",
      "heile", "eksisterende", "eksisterande", "dagens", "nåværende", "noverande", "lokale", "lokal", "videregående",
      "vidaregåande");
  /** Adjectives that open the name of a kind of school ("i videregående skole"): the phrase is a place too. */
  private static final Set<String> SCHOOL_KIND = Set.of("videregående", "vidaregåande");
  private static final int MAX_FILLERS = 2;
  /**
   * Stems of nouns for buildings, institutions and areas that a sentence names as a place ("ved ungdomsskolen",
   * "i industriparken"); a matched word containing one of them may be a place. Other words after "i"/"på" are not
   * ("deltar i et innovasjonspartnerskap", "innarbeides i arealplanleggingen").
   */
  private static final String[] PLACE_STEMS = {"skole", "skule", "barnehage", "universitet", "høgskole", "høyskole",
      "høgskule", "campus", "industripark", "næringspark", "næringsområde", "industriområde", "sentrum", "rådhus",
      "bibliotek", "gymsal", "idrettshall", "symjehall", "svømmehall", "kulturhus", "havn", "hamn", "kaia", "kaien",
      "fylkesveg", "fylkesvei", "riksveg", "riksvei", "sykehjem", "sjukeheim", "renseanlegg", "reinseanlegg",
      "stasjon", "friområd", "fjellområd", "næringshage", "idrettslag", "forbund", "klubb", "forening", "foreining",
      "bondelag", "sykehus", "sjukehus", "helsehus", "helsesenter", "legekontor", "legevakt", "flyplass", "lufthavn",
      "ferjekai", "ferjeleie", "kollektivknutepunkt", "knutepunkt"};
  /**
   * Stems of words of travel, distance and access after which "til" names a destination ("reisetid til sjukehuset",
   * "gangavstand til stasjonen", "gang- og sykkelveg til skulen", "skyss til barnehagen"): the destination is a
   * place, not the topic (tenth round).
   */
  private static final String[] TRAVEL_STEMS = {"reisetid", "reiseveg", "reisevei", "avstand", "gangavstand",
      "kjøreavstand", "køyreavstand", "skyss", "sykkelveg", "sykkelvei", "gangveg", "gangvei", "vei", "veg",
      "tilkomst", "adkomst", "atkomst", "busstilbud", "busstilbod", "buss", "bussen", "rute", "ruta", "ruten",
      "transport", "kjøring", "køyring", "pendl", "gå", "gang", "sykle", "kjøre", "køyre", "reise",
      "fremkommelighet", "framkomst", "parkering"};

  /**
   * Finite verbs and auxiliaries that end the subject of a Norwegian main clause (verb-second order): "Elevene ved Berg
   * skole <b>har</b> samlet inn penger …".
   */
  private static final Set<String> FINITE = Set.of("har", "hadde", "skal", "skulle", "vil", "ville", "er", "var",
      "blir", "ble", "blei", "vart", "får", "fikk", "fekk", "kan", "kunne", "må", "måtte", "bør", "burde", "gjør",
      "gjer", "gjorde", "deltar", "deltek", "deltok", "samarbeider", "arbeider", "jobber");

  private Incidental() {}

  /**
   * Whether the match starting at {@code charStart} names the actors of its sentence: it stands in the subject
   * before the finite verb of a main clause ("<b>Elevene</b> ved Berg skole har samlet inn penger til et
   * vannprosjekt"), and the sentence has such a verb. The subject says who acts; the rest says what the sentence
   * is about.
   *
   * @param t the tokens of the text
   * @param charStart start offset of the matched span
   * @return true if the word is part of the subject of its sentence
   */
  public static boolean inSubject(Tokens t, int charStart) {
    int i = first(t, charStart);
    if (i < 0 || !startsWithAny(t, i, ACTOR_STEMS)) {
      return false;
    }
    int sentence = i;
    while (sentence > 0 && !breakBetween(t, t.end[sentence - 1], t.start[sentence])) {
      sentence--;
    }
    for (int j = sentence; j < i; j++) {
      if (!t.joined[j] && FINITE.contains(t.text(j))) {
        return false; // the word stands after the verb
      }
    }
    for (int j = i + 1; j < t.size; j++) {
      if (breakBetween(t, t.end[j - 1], t.start[j])) {
        return false;
      }
      if (!t.joined[j] && FINITE.contains(t.text(j))) {
        return j - sentence <= MAX_SUBJECT_WORDS;
      }
    }
    return false;
  }

  private static final int MAX_SUBJECT_WORDS = 8;

  /** Words that may stand between "for" and the people it names ("for alle elever"). */
  private static final Set<String> GROUP_FILLERS = Set.of("alle", "de", "dei", "våre", "mange", "flere", "fleire");

  /**
   * Whether the match starting at {@code charStart} names pupils, students or staff as the people a measure is
   * <em>for</em> ("gratis kollektivtransport <b>for elever</b> i videregående skole"): they are the beneficiaries of
   * the measure, not its topic.
   *
   * @param t the tokens of the text
   * @param charStart start offset of the matched span
   * @return true if the word names the beneficiaries after "for"
   */
  public static boolean beneficiary(Tokens t, int charStart) {
    int i = first(t, charStart);
    if (i < 0 || !startsWithAny(t, i, ACTOR_STEMS)) {
      return false;
    }
    for (ClauseWalk w = new ClauseWalk(t, i, 1); w.previous(); ) {
      if (t.is(w.at(), "for")) {
        return true;
      }
      if (!GROUP_FILLERS.contains(t.text(w.at()))) {
        return false;
      }
    }
    return false;
  }

  /** Nouns for people of an institution who can be the actors of a sentence about something else. */
  private static final String[] ACTOR_STEMS = {"elev", "lærer", "lærar", "student", "rektor", "ansatte", "tilsette"};

  /**
   * Whether the match starting at {@code charStart} stands in a prepositional phrase of place.
   *
   * @param t the tokens of the text
   * @param text the original text (for capitalisation)
   * @param charStart start offset of the matched span
   * @return true if the word is a place in a prepositional phrase
   */
  public static boolean inPlacePhrase(Tokens t, CharSequence text, int charStart) {
    int i = first(t, charStart);
    if (i < 0 || !(containsAny(t, i, PLACE_STEMS) || SCHOOL_KIND.contains(t.text(i)) && i + 1 < t.size
        && containsAny(t, i + 1, PLACE_STEMS))) {
      return false;
    }
    for (ClauseWalk walk = new ClauseWalk(t, i, MAX_FILLERS); walk.previous(); ) {
      int j = walk.at();
      String w = t.text(j);
      if (PLACE.contains(w) || w.equals("med") && partnerBefore(t, j) || w.equals("til") && travelBefore(t, j)) {
        return true;
      }
      boolean name = Character.isUpperCase(text.charAt(t.start[j])) && j > 0 && !breakBetween(t, t.end[j - 1],
          t.start[j]);
      if ((w.equals("og") || w.equals("eller")) && j > 0 && !t.joined[j - 1] && containsAny(t, j - 1, PLACE_STEMS)
          && !breakBetween(t, t.end[j - 1], t.start[j])) {
        walk.skipCoordinated(); // "mellom skolen og idrettshallen": the second place shares the preposition
        continue;
      }
      if (!(FILLERS.contains(w) || name || Character.isDigit(w.charAt(0)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Stems of the buildings of municipal services — schools, kindergartens, nursing homes, health centres, sports halls
   * and pools, libraries, the town hall — that a sentence about building works names as the object of the works
   * ("Sykehjemmet får nye solcellepaneler", "Parkeringsplassen ved barnehagen asfalteres").
   */
  private static final String[] SERVICE_BUILDING_STEMS = {"skole", "skule", "barnehage", "universitet", "høgskole",
      "høyskole", "høgskule", "sykehjem", "sjukeheim", "helsehus", "omsorgssenter", "legekontor", "gymsal",
      "idrettshall", "idrettsanlegg", "idrettsplass", "symjehall", "svømmehall", "kulturhus", "bibliotek", "rådhus"};
  /** Stems of the words of building and road works, energy measures and parking (bokmål and nynorsk). */
  private static final String[] WORKS_STEMS = {"ventilasjon", "solcelle", "varmepumpe", "etterisoler", "vindu",
      "vindauge", "fasade", "parkering", "belysning", "gatelys", "oppvarming", "fjernvarme", "nærvarme", "ladestasjon",
      "ladepunkt", "asfalt", "veiarbeid", "vegarbeid", "oppussing", "renover", "energibruk", "energiforbruk",
      "straumforbruk", "strømforbruk", "energieffektiv", "sprinkl", "fortau", "rekkverk", "taktekking"};
  /** Whole words of building works ("nytt tak", "skal males", "pusses opp"). */
  private static final Set<String> WORKS_WORDS = Set.of("tak", "taket", "taka", "takene", "males", "målast",
      "malast", "pusses", "pussast");

  /**
   * Whether the match starting at {@code charStart} names the building of a municipal service (school, nursing
   * home, sports hall …), in any position of the sentence.
   *
   * @param t the tokens of the text
   * @param charStart start offset of the matched span
   * @return true if the matched word contains the stem of such a building
   */
  public static boolean serviceBuilding(Tokens t, int charStart) {
    int i = first(t, charStart);
    if (i < 0) {
      return false;
    }
    String word = t.text(i);
    if (SCHOOL_KIND.contains(word) && i + 1 < t.size) {
      word = t.text(i + 1); // "den vidaregåande skulen": the phrase names the school
    }
    for (String stem : SERVICE_BUILDING_STEMS) {
      int at = word.indexOf(stem);
      if (at >= 0) {
        for (String way : NOT_A_BUILDING) {
          if (word.indexOf(way, at + stem.length()) >= 0) {
            return false; // "skoleveien", "skuleskyssen": the way to the school, not the building
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Second parts of compounds with a service stem that name a way or a schedule, not a building. */
  private static final String[] NOT_A_BUILDING = {"vei", "veg", "skyss", "rute"};

  /**
   * Whether the text speaks of building or road works, energy measures or parking: a word of {@link #WORKS_STEMS}
   * or {@link #WORKS_WORDS}. A school, nursing home or sports hall named in such a text is a building, not the
   * service ("Skolebygget skal ha nytt tak", "Sykehjemmet får nye solcellepaneler").
   *
   * @param t the tokens of the text
   * @return true if a word of building works occurs
   */
  public static boolean aboutBuildingWorks(Tokens t) {
    for (int i = 0; i < t.size; i++) {
      String w = t.text(i);
      if (WORKS_WORDS.contains(w)) {
        return true;
      }
      for (String stem : WORKS_STEMS) {
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "samarbeide med universitetet", "sammen med næringshagen": an institution named as a partner is not the topic
   * either.
   */
  private static boolean partnerBefore(Tokens t, int med) {
    ClauseWalk w = new ClauseWalk(t, med, 0);
    return w.previous() && (t.startsWith(w.at(), "samarbeid") || t.is(w.at(), "sammen") || t.is(w.at(), "saman"));
  }

  /** "reisetid til", "gangavstand til", "sykkelveg til": a word of travel or access just before "til". */
  private static boolean travelBefore(Tokens t, int til) {
    ClauseWalk w = new ClauseWalk(t, til, 0);
    if (!w.previous()) {
      return false;
    }
    int j = w.at();
    for (String stem : TRAVEL_STEMS) {
      if (stem.length() <= 4 ? t.is(j, stem) : t.startsWith(j, stem) || t.endsWith(j, stem)) {
        return true;
      }
    }
    return false;
  }

  // ---- organisation, staff and budget (tenth round) ----

  /**
   * Stems of words that make a sentence one about the municipality as an organisation — staff, leadership,
   * reorganisation, pay, its own vehicles ("får personalansvar", "omorganiseringen", "lønnsoppgjøret",
   * "stillingsheimel", "nye tenestebilar").
   */
  private static final String[] ORGANISATION_STEMS = {"personalansvar", "omorganiser", "lønnsoppgjør",
      "lønnsoppgjer", "lønsoppgjer", "lønnsutgift", "lønsutgift", "lønnstillegg", "lønstillegg", "stillingshjemmel",
      "stillingsheimel", "stillingsheimlar", "organisasjonsendring", "organisasjonskart", "organisasjonsmodell",
      "driftsavdeling", "helårseffekt", "tjenestebil", "tenestebil", "bilpark", "varebil", "lederstilling",
      "leiarstilling", "enhetsleder", "einingsleiar", "avdelingsleder", "avdelingsleiar", "sammenslåing",
      "samanslåing", "rammeoverføring", "budsjettmessig", "budsjettramme"};
  /** Word pairs of organisation: "slås sammen", "slåast saman", "delt i (to)", "ny leder", "ny rektor". */
  private static final Set<String> ORGANISATION_PAIRS = Set.of("slås sammen", "slått sammen", "slåes sammen",
      "slåast saman", "slått saman", "slegne saman", "slegen saman", "delt i", "delast i", "deles i", "ny leder",
      "ny leiar", "ny rektor", "ny enhetsleder", "ny einingsleiar", "ny avdelingsleder", "ny avdelingsleiar");
  /** Nouns of organisational units: "Enheten for vann og avløp", "eininga for helse og meistring", "leiaren for". */
  private static final String[] UNIT_STEMS = {"enhet", "eining", "avdeling", "seksjon", "etat", "kontor", "leder",
      "leiar", "stab", "tjenesteområd", "tenesteområd", "sektor", "virksomhet", "verksemd"};
  /** Stems of the names of municipal services and their staff, named in an organisation sentence. */
  private static final String[] SERVICE_UNIT_STEMS = {"hjemmetjenest", "heimetenest", "hjemmesykepleie",
      "heimesjukepleie", "helsestasjon", "hverdagsrehabilitering", "kvardagsrehabilitering", "legevakt",
      "barnevern", "voksenopplæring", "vaksenopplæring", "skolehelsetjenest", "skulehelsetenest", "kulturskol",
      "kulturskul", "oppvekstområd", "helseområd", "omsorgsområd", "oppvekstsektor", "helsesektor", "sykepleier",
      "sjukepleiar", "helsefagarbeid", "fysioterapeut", "ergoterapeut", "lærer", "lærar", "rektor", "ansatte",
      "tilsette", "assistent", "pedagog"};
  private static final int MAX_UNIT_WORDS = 5;

  /**
   * Whether the sentence of the match at {@code charStart} speaks of the municipality as an organisation: a word of {@link #ORGANISATION_STEMS} or a pair
   * of {@link #ORGANISATION_PAIRS}. Labelling policy: organisation and the economy of the municipality as an
   * organisation name no goal.
   *
   * @param t the tokens of the text
   * @param charStart start offset of a matched span
   * @return true if a word of organisation occurs in its sentence
   */
  public static boolean aboutOrganisation(Tokens t, int charStart) {
    return sentenceHas(t, charStart, null, ORGANISATION_STEMS, ORGANISATION_PAIRS);
  }

  /**
   * Whether the match from {@code charStart} names an organisational unit, a service or its staff rather than what
   * the sentence is about: a word inside "enheten/eininga/avdelinga/leiaren for …" (at most {@value #MAX_UNIT_WORDS}
   * words after "for"), the name of a service or a staff group ("heimetenesta", "sykepleierne"), or the building of
   * a service.
   *
   * @param t the tokens of the text
   * @param charStart start offset of the matched span
   * @return true if the word names a unit, service, staff or building
   */
  public static boolean unitOrStaff(Tokens t, int charStart) {
    int i = first(t, charStart);
    if (i < 0) {
      return false;
    }
    if (containsAny(t, i, SERVICE_UNIT_STEMS) || containsAny(t, i, UNIT_STEMS) || serviceBuilding(t, charStart)) {
      return true;
    }
    for (ClauseWalk w = new ClauseWalk(t, i, MAX_UNIT_WORDS); w.previous(); ) {
      int j = w.at();
      if (t.is(j, "for")) {
        return j > 0 && !t.joined[j - 1] && !breakBetween(t, t.end[j - 1], t.start[j])
            && startsWithAny(t, j - 1, UNIT_STEMS);
      }
    }
    return false;
  }

  // ---- procedure around a plan (tenth round) ----

  /** Passive and past forms of procedure: a plan is adopted, revised, postponed, dealt with. */
  private static final Set<String> PROCEDURE_WORDS = Set.of("vedtas", "vedtakast", "rulleres", "rullerast",
      "revideres", "reviderast", "utsatt", "utsett", "utsettes", "utsetjast", "behandles", "handsamast",
      "behandlast", "høringsutkast", "høyringsutkast", "høringsfrist", "høyringsfrist", "høringsuttalelse",
      "høyringsfråsegn", "høringsinnspill", "høyringsinnspel", "høringsrunde", "høyringsrunde");
  /** Word pairs of procedure: "på høring", "legges fram", "lagt fram", "sendes ut". */
  private static final Set<String> PROCEDURE_PAIRS = Set.of("på høring", "på høyring", "legge fram", "leggje fram",
      "legges fram", "leggast fram", "lagt fram", "lagd fram", "lagde fram", "legg fram", "legger fram",
      "sendes ut", "sendast ut");
  /** Stems of the documents that procedure acts on: plan, strategy, report, white paper, proposal, case. */
  private static final String[] DOCUMENT_STEMS = {"plan", "strategi", "rapport", "melding", "forslag", "framlegg",
      "utredning", "utgreiing", "planprogram"};
  /** Words that end the topic of a document and open its content ("planen med mål om …", "som skal …"). */
  private static final Set<String> CONTENT_OPENERS = Set.of("med", "som", "der", "slik", "for å", "mål");
  private static final int MAX_TOPIC_WORDS = 5;

  /**
   * Whether the sentence of the match at {@code charStart} speaks of procedure: a word of {@link #PROCEDURE_WORDS} or a pair of {@link #PROCEDURE_PAIRS}.
   *
   * @param t the tokens of the text
   * @param charStart start offset of a matched span
   * @return true if a word of procedure occurs in its sentence
   */
  public static boolean aboutProcedure(Tokens t, int charStart) {
    return sentenceHas(t, charStart, PROCEDURE_WORDS, new String[0], PROCEDURE_PAIRS);
  }

  /**
   * Whether the sentence of the token at {@code charStart} (from the previous to the next ".", "!", "?" or line
   * break) has a word of {@code words}, a word starting with one of {@code stems} or two adjacent words of
   * {@code pairs}: only the sentence of the match is read, not the whole text.
   */
  private static boolean sentenceHas(Tokens t, int charStart, Set<String> words, String[] stems, Set<String> pairs) {
    int i = first(t, charStart);
    if (i < 0) {
      return false;
    }
    int from = i;
    while (from > 0 && !sentenceBreak(t, t.end[from - 1], t.start[from])) {
      from--;
    }
    String previous = null;
    for (int k = from; k < t.size && (k == from || !sentenceBreak(t, t.end[k - 1], t.start[k])); k++) {
      if (t.joined[k]) {
        continue;
      }
      String w = t.text(k);
      if (words != null && words.contains(w) || startsWithAny(w, stems) || previous != null
          && !breakBetween(t, t.end[k - 1], t.start[k]) && pairs.contains(previous + " " + w)) {
        return true;
      }
      previous = w;
    }
    return false;
  }

  private static boolean sentenceBreak(Tokens t, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = t.lower[c];
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the match from {@code charStart} to {@code charEnd} names a plan or a document, or its topic only:
   * the span contains a document word ("kommuneplanens arealdel", "kommunal planstrategi"), or follows one by at most
   * {@value #MAX_TOPIC_WORDS} words with no content opener ("med", "som", "mål") between ("plan for idrett og
   * fysisk aktivitet", "forslaget om ny skolestruktur").
   *
   * @param t the tokens of the text
   * @param charStart start offset of the matched span
   * @param charEnd end offset of the matched span
   * @return true if the words name a document or its topic
   */
  public static boolean documentTopic(Tokens t, int charStart, int charEnd) {
    int i = first(t, charStart);
    if (i < 0) {
      return false;
    }
    for (int k = i; k < t.size && t.start[k] < charEnd; k++) {
      if (!t.joined[k] && containsAny(t, k, DOCUMENT_STEMS)) {
        return true;
      }
    }
    for (ClauseWalk walk = new ClauseWalk(t, i, MAX_TOPIC_WORDS); walk.previous(); ) {
      String w = t.text(walk.at());
      if (CONTENT_OPENERS.contains(w) || FINITE.contains(w)) {
        return false;
      }
      if (containsAny(w, DOCUMENT_STEMS)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String word, String[] stems) {
    for (String stem : stems) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String word, String[] stems) {
    for (String stem : stems) {
      if (word.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #startsWithAny(String, String[])} for token {@code i}, read on the text. */
  private static boolean startsWithAny(Tokens t, int i, String[] stems) {
    for (String stem : stems) {
      if (t.startsWith(i, stem)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #containsAny(String, String[])} for token {@code i}, read on the text. */
  private static boolean containsAny(Tokens t, int i, String[] stems) {
    for (String stem : stems) {
      if (t.contains(i, stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A walk backwards over the clause of a matched word, one word at a time: it skips joined compounds (a joined
   * compound overlaps its parts, and the parts are tokens of their own), and ends at the start of the text, at a
   * clause break (one of {@code . , ; : ! ? ( )} or a line break) or when it would pass over more than
   * {@code maxWords} words. The caller
   * reads each word and either decides (returns) or lets the walk pass over it:
   *
   * <pre>{@code
   * // "enheten for drift av skolene", matched word "skolene": is "for" at most five words back?
   * for (ClauseWalk w = new ClauseWalk(t, i, MAX_UNIT_WORDS); w.previous(); ) {
   *   if (t.is(w.at(), "for")) {
   *     return true;
   *   }
   * }
   * return false;
   * }</pre>
   *
   * With {@code maxWords} 0 it reads the one word before (a "samarbeid" before "med").
   */
  private static final class ClauseWalk {
    private final Tokens t;
    private final int maxWords;
    /** The word the walk stands on (first: the matched word). */
    private int at;
    /** The start of the word the walk last stood on, to find the break before it. */
    private int next;
    /** The words the walk has stood on, apart from the matched word and skipped coordinations. */
    private int words;

    ClauseWalk(Tokens t, int i, int maxWords) {
      this.t = t;
      this.maxWords = maxWords;
      this.at = i;
      this.next = t.start[i];
    }

    /**
     * Steps to the previous word of the clause, passing over the current one.
     *
     * @return false at the start of the text, at a clause break, or when more than {@code maxWords} words would
     *     have been passed over
     */
    boolean previous() {
      if (words > maxWords) {
        return false;
      }
      for (int j = at - 1; j >= 0; j--) {
        if (t.joined[j] || t.end[j] > next) {
          continue;
        }
        if (breakBetween(t, t.end[j], next)) {
          return false;
        }
        at = j;
        next = t.start[j];
        words++;
        return true;
      }
      return false;
    }

    /** The token index of the current word. */
    int at() {
      return at;
    }

    /**
     * Passes over the current word ("og", "eller") and the word before it ("skolen og") without counting them: a
     * coordinated place shares the preposition of the first ("mellom skolen og idrettshallen"). The caller has
     * checked that the word before is a plain word of the same clause.
     */
    void skipCoordinated() {
      at--;
      next = t.start[at];
      words--;
    }
  }

  private static int first(Tokens t, int charStart) {
    int lo = 0;
    int hi = t.size - 1;
    while (lo <= hi) { // tokens are in text order by start offset
      int mid = (lo + hi) >>> 1;
      if (t.start[mid] < charStart) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo < t.size && t.start[lo] == charStart ? lo : -1;
  }

  private static boolean breakBetween(Tokens t, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = t.lower[c];
      if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '\n' || ch == '('
          || ch == ')') {
        return true;
      }
    }
    return false;
  }
}

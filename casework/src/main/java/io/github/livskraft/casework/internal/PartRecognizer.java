package io.github.livskraft.casework.internal;

import io.github.livskraft.casework.CaseHeader;
import io.github.livskraft.casework.CaseNumber;
import io.github.livskraft.casework.CasePart;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.casework.PartKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the standard parts and header fields of a saksframlegg, with the bokmål and nynorsk headings
 * municipalities use. Works on text with line breaks (a heading is a line of its own, optionally numbered, or a
 * line starting with "Heading:") and on flattened text (a PDF or web extract on one line), where only capitalised,
 * unambiguous headings (several words, or followed by a colon) count.
 */
public final class PartRecognizer {
  /** Heading variants per kind; longer variants are tried first. Data, not code: extend here. */
  private static final Map<PartKind, List<String>> HEADINGS = new LinkedHashMap<>();

  static {
    HEADINGS.put(PartKind.RECOMMENDATION, List.of(
        "Rådmannens innstilling", "Rådmannens forslag til vedtak", "Rådmannens forslag til innstilling",
        "Rådmannens forslag", "Rådmannens tilråding", "Rådmannen si innstilling", "Rådmannen sitt forslag til vedtak",
        "Rådmannen si tilråding", "Rådmannen sitt framlegg til vedtak",
        "Kommunedirektørens innstilling", "Kommunedirektørens forslag til vedtak", "Kommunedirektørens tilråding",
        "Kommunedirektøren si innstilling", "Kommunedirektøren sitt forslag til vedtak",
        "Kommunedirektøren si tilråding", "Kommunedirektøren sitt framlegg til vedtak",
        "Administrasjonens innstilling", "Administrasjonens forslag til vedtak", "Administrasjonen si tilråding",
        "Fylkesrådmannens innstilling", "Fylkesdirektørens innstilling", "Statsforvalterens innstilling",
        "Innstilling til vedtak", "Forslag til vedtak", "Framlegg til vedtak", "Forslag til innstilling",
        "Innstilling", "Tilråding", "Innstilling til"));
    HEADINGS.put(PartKind.SUMMARY, List.of(
        "Kort sammendrag", "Kort samandrag", "Sammendrag", "Samandrag", "Hva saken gjelder", "Kva saka gjeld",
        "Saken gjelder", "Saka gjeld", "Sakens hovedinnhold", "Saka sitt hovudinnhald"));
    HEADINGS.put(PartKind.SUSTAINABILITY, List.of(
        "Bærekraftsvurdering", "Berekraftsvurdering", "Vurdering av bærekraft", "Vurdering av berekraft",
        "Konsekvenser for klima og miljø", "Konsekvensar for klima og miljø", "Klima- og miljøkonsekvenser",
        "Klima- og miljøkonsekvensar", "Miljømessige konsekvenser", "Miljømessige konsekvensar",
        "FNs bærekraftsmål", "FN sine berekraftsmål", "Bærekraft", "Berekraft"));
    HEADINGS.put(PartKind.ECONOMY, List.of(
        "Økonomiske og administrative konsekvenser", "Økonomiske og administrative konsekvensar",
        "Økonomiske konsekvenser", "Økonomiske konsekvensar", "Økonomiske følger", "Økonomiske følgjer",
        "Økonomiske forhold", "Budsjettmessige konsekvenser", "Budsjettmessige konsekvensar", "Økonomi"));
    HEADINGS.put(PartKind.ASSESSMENT, List.of(
        "Rådmannens vurdering", "Rådmannen si vurdering", "Kommunedirektørens vurdering",
        "Kommunedirektøren si vurdering", "Administrasjonens vurdering", "Administrasjonen si vurdering",
        "Fylkesrådmannens vurdering", "Vurderingar", "Vurdering", "Drøfting", "Konklusjon"));
    HEADINGS.put(PartKind.BACKGROUND, List.of(
        "Saksopplysninger", "Saksopplysningar", "Bakgrunn for saken", "Bakgrunn for saka", "Sakens bakgrunn",
        "Saka sin bakgrunn", "Saksutredning", "Saksutgreiing", "Saksframstilling", "Saksutgreiing og vurdering",
        "Bakgrunn", "Fakta"));
    HEADINGS.put(PartKind.ATTACHMENTS, List.of(
        "Trykte vedlegg", "Utrykte vedlegg", "Vedleggsliste", "Andre dokumenter i saken", "Andre dokument i saka",
        "Vedlegg"));
    HEADINGS.put(PartKind.OTHER, List.of(
        "Saksprotokoll", "Behandling i", "Handsaming i", "Votering", "Lovgrunnlag", "Lovheimel"));
  }

  private record Variant(PartKind kind, String text) {}

  private static final List<Variant> VARIANTS;
  private static final Pattern LINE_HEADING;
  private static final Pattern INLINE_HEADING;

  static {
    List<Variant> vs = new ArrayList<>();
    HEADINGS.forEach((k, list) -> list.forEach(t -> vs.add(new Variant(k, t))));
    vs.sort(Comparator.comparingInt((Variant v) -> v.text().length()).reversed());
    VARIANTS = List.copyOf(vs);
    StringBuilder alt = new StringBuilder();
    for (Variant v : VARIANTS) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(v.text()));
    }
    LINE_HEADING = Pattern.compile("(?im)^[ \\t]*(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?[ \\t]+)?(" + alt
        + ")(?![\\p{L}\\p{N}])([^\\n]*)$");
    INLINE_HEADING = Pattern.compile("(" + alt + ")(?![\\p{L}\\p{N}])(:?)");
  }

  private static final Pattern FIELD = Pattern.compile(
      "(?i)(?<![\\p{L}])(Saksbehandler|Sakshandsamar|Saksbeh\\.|Case officer"
          + "|Arkivsaksnr\\.?|Arkivsak nr\\.?|Arkivsaknr\\.?|Arkivsak-dok\\.?|Arkivsak|Saksnr\\.?|Saknr\\.?|Sak nr\\.?"
          + "|Vår ref\\.?"
          + "|Arkivkode|K-kode|Arkiv"
          + "|Dato"
          + "|SAKEN AVGJØRES AV|SAKA VERT AVGJORT AV|SAKA AVGJERAST AV|Avgjerdsorgan|Avgjørelsesmyndighet"
          + "|Utvalgssaksnr\\.?|Utvalssaksnr\\.?|Utvalgssak|Utvalssak|Utvalg|Utval|Møtedato|Saksgang|Saksgong)"
          + "[ \\t]*(?::|(?=[ \\t]+\\d))");
  private static final Pattern CASE_NUMBER = Pattern.compile("(?<!\\d)(\\d{2}|\\d{4})/(\\d{1,7})(?:-(\\d{1,5}))?(?!\\d)");
  private static final Pattern DATE = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\.(?:-\\d{1,2}\\.)?(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)|(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COMMITTEE_ROW = Pattern.compile(
      "([\\p{L}][\\p{L} .\\-]{2,60}?)\\s+(\\d{1,2}\\.(?:-\\d{1,2}\\.)?\\d{1,2}\\.(?:\\d{4}|\\d{2}))(?:\\s+(\\d{1,4}/\\d{2,4}))?");
  private static final Pattern SAKSGANG_TABLE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:Saksgang|Saksgong|Utvalg|Utval|Behandlet av|Handsama av)[ \\t]*:?\\s+Møtedato\\s+"
          + "(?:Saksnr\\.?|Saknr\\.?|Utvalgssaksnr\\.?|Utvalgssak|Utvalssak|Sak)?[ \\t]*:?\\s*");
  private static final Pattern ALL_CAPS_RUN = Pattern.compile(
      "(?<![\\p{L}])(\\p{Lu}[\\p{Lu}\\p{N}\\-–]+(?:[ \\t]+[\\p{Lu}\\p{N}\\-–&/]+){1,20})(?![\\p{L}])");

  private PartRecognizer() {}

  /** The recognised parts and header of a text. */
  public record Result(List<CasePart> parts, CaseHeader header) {}

  /**
   * Recognises the parts and header of a text.
   *
   * @param text the plain text
   * @param structuredTitle a title given by the caller (wins over the recognised one), or empty
   * @return parts in text order and the header
   */
  public static Result recognise(String text, Optional<String> structuredTitle) {
    List<int[]> starts = new ArrayList<>(); // start, headingEnd, kind ordinal
    boolean flattened = isFlattened(text);
    Matcher m = LINE_HEADING.matcher(text);
    while (m.find()) {
      String rest = m.group(2).strip();
      boolean colon = rest.startsWith(":");
      boolean shortLine = rest.length() <= 60 && !rest.endsWith(".") && !rest.endsWith(",");
      if (rest.isEmpty() || colon || shortLine && Character.isUpperCase(m.group(1).charAt(0))) {
        starts.add(new int[] {m.start(1), m.end(1) + (colon ? m.group(2).indexOf(':') + 1 : 0),
            kindOf(m.group(1)).ordinal()});
      }
    }
    if (flattened) {
      Matcher im = INLINE_HEADING.matcher(text);
      for (int i = 0; i < text.length(); i++) {
        // headings start a capitalised word: try the pattern only there
        if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
            || !im.region(i, text.length()).lookingAt()) {
          continue;
        }
        String h = im.group(1);
        boolean strong = h.indexOf(' ') > 0 || !im.group(2).isEmpty();
        if (strong && Character.isUpperCase(h.charAt(0)) && !covered(starts, im.start(1))
            && !midSentence(text, im.start(1))) {
          starts.add(new int[] {im.start(1), im.end(), kindOf(h).ordinal()});
        }
      }
    }
    starts.sort(Comparator.comparingInt(a -> a[0]));
    int firstPart = starts.isEmpty() ? text.length() : starts.get(0)[0];
    HeaderScan header = scanHeader(text, Math.min(firstPart, Math.max(3000, 0)), structuredTitle);
    List<CasePart> parts = new ArrayList<>();
    if (header.end() > 0 && header.found()) {
      parts.add(new CasePart(PartKind.HEADER, "", 0, Math.min(header.end(), firstPart)));
    }
    for (int i = 0; i < starts.size(); i++) {
      int[] s = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      if (end <= s[0]) {
        continue;
      }
      parts.add(new CasePart(PartKind.values()[s[2]], text.substring(s[0], Math.min(s[1], end)), s[0], end));
    }
    return new Result(parts, header.header());
  }

  private static boolean isFlattened(String text) {
    int longest = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        longest = Math.max(longest, i - start);
        start = i + 1;
      }
    }
    return longest > 250;
  }

  private static boolean covered(List<int[]> starts, int pos) {
    for (int[] s : starts) {
      if (pos >= s[0] && pos < s[1]) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised heading right after a lower-case word without punctuation is most likely a proper noun use. */
  private static boolean midSentence(String text, int pos) {
    int i = pos - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return c == ',' || (Character.isLowerCase(c) && pos - i <= 1);
  }

  private static PartKind kindOf(String heading) {
    for (Variant v : VARIANTS) {
      if (v.text().equalsIgnoreCase(heading)) {
        return v.kind();
      }
    }
    throw new IllegalStateException("unknown heading " + heading);
  }

  private record HeaderScan(CaseHeader header, int end, boolean found) {}

  private record Field(String label, int labelStart, int valueStart) {}

  private static HeaderScan scanHeader(String text, int limit, Optional<String> structuredTitle) {
    String region = text.substring(0, Math.min(limit, text.length()));
    List<Field> fields = new ArrayList<>();
    Matcher m = FIELD.matcher(region);
    while (m.find()) {
      fields.add(new Field(m.group(1).toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    Optional<String> officer = Optional.empty();
    Optional<String> archive = Optional.empty();
    Optional<CaseNumber> number = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    Optional<String> committee = Optional.empty();
    Optional<LocalDate> meeting = Optional.empty();
    Optional<String> committeeNo = Optional.empty();
    Optional<String> decidedBy = Optional.empty();
    int end = 0;
    int lastValueEnd = 0;
    int tableStart = -1;
    int tableEnd = -1;
    Matcher table = SAKSGANG_TABLE.matcher(region);
    if (table.find()) {
      Matcher row = COMMITTEE_ROW.matcher(region);
      row.region(table.end(), region.length());
      if (row.lookingAt()) {
        committee = Optional.of(row.group(1).strip());
        meeting = date(row.group(2));
        committeeNo = Optional.ofNullable(row.group(3));
        tableStart = table.start();
        tableEnd = row.end();
        end = tableEnd;
        lastValueEnd = tableEnd;
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.labelStart() >= tableStart && f.labelStart() < tableEnd) {
        continue;
      }
      int next = i + 1 < fields.size() ? fields.get(i + 1).labelStart() : region.length();
      int eol = region.indexOf('\n', f.valueStart());
      int valueEnd = Math.min(next, eol < 0 ? region.length() : eol);
      String raw = region.substring(f.valueStart(), valueEnd);
      String l = f.label();
      boolean used = false;
      if (l.startsWith("saksbeh") || l.startsWith("sakshand") || l.equals("case officer")) {
        if (officer.isEmpty()) {
          officer = freeText(raw);
          used = officer.isPresent();
        }
      } else if (l.equals("arkiv") || l.equals("arkivkode") || l.equals("k-kode")) {
        if (archive.isEmpty()) {
          archive = freeText(raw);
          used = archive.isPresent();
        }
      } else if (l.startsWith("arkivsak") || l.startsWith("saksnr") || l.startsWith("saknr") || l.startsWith("sak nr")
          || l.startsWith("vår ref")) {
        Matcher cm = CASE_NUMBER.matcher(raw);
        if (number.isEmpty() && cm.lookingAt() || number.isEmpty() && cm.find() && cm.start() < 3) {
          number = caseNumber(cm.group());
          used = number.isPresent();
        }
      } else if (l.equals("dato")) {
        if (date.isEmpty()) {
          date = date(raw);
          used = date.isPresent();
        }
      } else if (l.equals("møtedato")) {
        if (meeting.isEmpty()) {
          meeting = date(raw);
          used = meeting.isPresent();
        }
      } else if (l.startsWith("utvalgssak") || l.startsWith("utvalssak")) {
        Matcher nm = Pattern.compile("\\d{1,4}/\\d{2,4}").matcher(raw);
        if (committeeNo.isEmpty() && nm.find()) {
          committeeNo = Optional.of(nm.group());
          used = true;
        }
      } else if (l.equals("utvalg") || l.equals("utval") || l.equals("saksgang") || l.equals("saksgong")) {
        // either "Utvalg: Formannskapet" or a saksgang table header followed by a row
        String after = region.substring(f.valueStart(), Math.min(region.length(), f.valueStart() + 400));
        Matcher row = COMMITTEE_ROW.matcher(after);
        if (committee.isEmpty() && row.find() && row.start() < 120) {
          String name = row.group(1).strip();
          name = name.replaceFirst("(?i)^(?:møtedato|saksnr\\.?|utvalgssak(?:snr\\.?)?|utvalssak|:|\\s)+", "").strip();
          if (!name.isEmpty()) {
            committee = Optional.of(name);
            meeting = meeting.isPresent() ? meeting : date(row.group(2));
            if (row.group(3) != null && committeeNo.isEmpty()) {
              committeeNo = Optional.of(row.group(3));
            }
            used = true;
            valueEnd = f.valueStart() + row.end();
          }
        } else if (committee.isEmpty()) {
          committee = freeText(raw).filter(s -> !s.toLowerCase(Locale.ROOT).startsWith("møtedato"));
          used = committee.isPresent();
        }
      } else if (l.startsWith("saken avg") || l.startsWith("saka") || l.startsWith("avgj")) {
        if (decidedBy.isEmpty()) {
          decidedBy = freeText(raw);
          used = decidedBy.isPresent();
        }
      }
      if (used || raw.isBlank()) {
        end = Math.max(end, valueEnd);
        lastValueEnd = Math.max(lastValueEnd, f.valueStart() + cutAtCaps(raw).length());
      }
    }
    boolean found = !fields.isEmpty() || tableStart >= 0;
    // flattened web extracts repeat the title after the header fields: cut a name where the text's opening recurs
    String lead = region.strip().length() >= 20 ? region.strip().substring(0, 20) : "";
    if (!lead.isEmpty()) {
      officer = officer.map(v -> cutAt(v, lead));
      decidedBy = decidedBy.map(v -> cutAt(v, lead));
    }
    Optional<String> title = structuredTitle.filter(s -> !s.isBlank()).map(String::strip);
    if (title.isEmpty() && found) {
      title = titleAfter(region, lastValueEnd);
      if (title.isEmpty()) {
        int first = fields.isEmpty() ? tableStart : Math.min(fields.get(0).labelStart(), Math.max(tableStart, 0));
        title = firstLine(region.substring(0, Math.max(first, 0)));
      }
    } else if (title.isEmpty()) {
      title = firstLine(region);
    }
    if (found && title.isPresent()) {
      int t = region.indexOf(title.get(), lastValueEnd);
      if (t >= 0) {
        end = Math.max(end, t + title.get().length());
      }
    }
    return new HeaderScan(new CaseHeader(officer, archive, number, date, committee, meeting, committeeNo, decidedBy,
        title), end, found);
  }

  private static String cutAt(String value, String lead) {
    int i = value.indexOf(lead);
    return i > 0 ? value.substring(0, i).strip() : value;
  }

  private static Optional<String> titleAfter(String region, int from) {
    String rest = region.substring(Math.min(from, region.length()));
    Matcher caps = ALL_CAPS_RUN.matcher(rest);
    while (caps.find()) {
      String t = caps.group(1).strip();
      if (!t.equalsIgnoreCase("SAKSFRAMLEGG") && !t.equalsIgnoreCase("SAKSFRAMLEGG.") && t.length() >= 5
          && !t.startsWith("SAKEN AVGJ") && !t.startsWith("SAKA ")) {
        return Optional.of(t.replaceFirst("^SAKSFRAMLEGG\\s+", "").replaceFirst("\\s+SAKSFRAMLEGG\\.?$", ""));
      }
    }
    for (String line : rest.split("\n")) {
      String s = line.strip();
      if (s.length() >= 5 && s.length() <= 200 && !s.equalsIgnoreCase("saksframlegg")
          && !FIELD.matcher(s).lookingAt()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstLine(String region) {
    for (String line : region.split("\n")) {
      String s = line.strip();
      if (s.equalsIgnoreCase("saksframlegg") || s.equalsIgnoreCase("saksframlegg.") || s.isEmpty()) {
        continue;
      }
      if (s.length() > 200) {
        s = s.substring(0, 200);
        int sp = s.lastIndexOf(' ');
        s = sp > 20 ? s.substring(0, sp) : s;
      }
      return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The value of a free-text field, cut before an all-caps run (the title in flattened text). */
  private static Optional<String> freeText(String raw) {
    String v = cutAtCaps(raw).strip();
    v = v.replaceAll("[ \\t]+", " ");
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static String cutAtCaps(String raw) {
    Matcher caps = ALL_CAPS_RUN.matcher(raw);
    while (caps.find()) {
      String run = caps.group(1);
      boolean hasLetters = run.chars().filter(Character::isLetter).count() >= 4;
      if (caps.start() > 0 && hasLetters) {
        return raw.substring(0, caps.start());
      }
    }
    // "Aud Norunn Strand SAKSFRAMLEGG" etc.: a single all-caps word of 6+ letters also ends a value
    Matcher single = Pattern.compile("(?<![\\p{L}])\\p{Lu}{6,}(?![\\p{L}])").matcher(raw);
    if (single.find() && single.start() > 0) {
      return raw.substring(0, single.start());
    }
    return raw;
  }

  private static Optional<CaseNumber> caseNumber(String s) {
    try {
      return Optional.of(CaseNumber.parse(s));
    } catch (CaseworkException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses the first date in a text: {@code d.M.yy}, {@code dd.MM.yyyy}, {@code 30.-31.01.2019} (the first day) or
   * ISO {@code yyyy-MM-dd}.
   *
   * @param raw the text
   * @return the date, or empty
   */
  public static Optional<LocalDate> date(String raw) {
    Matcher m = DATE.matcher(raw);
    if (!m.find() || m.start() > 3) {
      return Optional.empty();
    }
    try {
      if (m.group(4) != null) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            Integer.parseInt(m.group(6))));
      }
      int y = Integer.parseInt(m.group(3));
      if (m.group(3).length() == 2) {
        y += 2000;
      }
      return Optional.of(LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}

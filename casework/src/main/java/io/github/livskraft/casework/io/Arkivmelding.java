package io.github.livskraft.casework.io;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseNumber;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.casework.Decision;
import io.github.livskraft.casework.Evidence;
import io.github.livskraft.casework.ExplicitReference;
import io.github.livskraft.casework.FollowUpReason;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.casework.GoldenThread;
import io.github.livskraft.casework.Impact;
import io.github.livskraft.casework.ImpactSuggestion;
import io.github.livskraft.casework.LineOrigin;
import io.github.livskraft.casework.LineStatus;
import io.github.livskraft.casework.PartKind;
import io.github.livskraft.casework.PlanFollowUp;
import io.github.livskraft.casework.internal.Xml;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.SdgCatalogue;
import io.github.livskraft.sdg.TargetCode;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes and reads a Fiks Arkiv V1 arkivmelding ({@code no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett})
 * carrying the confirmed assessment of a case as a journalpost (journalposttype S, saksframlegg):
 * <ul>
 *   <li>{@code klassifikasjon}: one per confirmed goal and target under the klassifikasjonssystem
 *       {@link #classificationSystem()} (default {@code UN-SDG}), with the UN code as {@code klasseID};</li>
 *   <li>{@code noekkelord}: "Bærekraftsmål 13" (nb), "Berekraftsmål 13" (nn) or "SDG 13" (en) per confirmed goal;</li>
 *   <li>{@code virksomhetsspesifikkeMetadata}: the full assessment (every line, evidence, decisions, golden thread)
 *       in the namespace {@value #NAMESPACE}, schema {@code livskraft-casework-1.xsd} (bundled and published);</li>
 *   <li>{@code referanseForelderMappe/saksnummer} from the arkivsaksnr, {@code referanseEksternNoekkel} with the
 *       case id.</li>
 * </ul>
 * Every message written is validated against the official Fiks Arkiv schemas and the casework XSD before it is
 * returned; {@link #read} validates first, parses XXE-safe, and returns the assessment unchanged (round trip).
 * The tagger's evidence level of a line ({@link GoalLine#evidenceLevel()}) has no place in the Fiks Arkiv schemas; it
 * travels in the fragment, casework XSD version 1.1, as the optional attributes {@code lkc:maal/@belegg}
 * ({@link io.github.livskraft.tagger.Evidence#id()}) and {@code @sikkerhet} (its confidence, written for readers;
 * {@link GoalLine#findConfidence()} follows from the level). Messages of fragment version 1, written before levels existed,
 * still read: a line resting on an explicit reference gets {@code EXPLICIT}, the others no level.
 * Field-by-field mapping: {@code docs/casework.md}. Immutable and thread-safe.
 */
public final class Arkivmelding {
  /** The Fiks Arkiv V1 arkivmelding.opprett namespace. */
  public static final String ARKIVMELDING_NS =
      "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1";
  /** The namespace of the Livskraft fragment. */
  public static final String NAMESPACE = "https://livskraft.github.io/schema/casework/v1";
  /** The Fiks Arkiv message type. */
  public static final String MESSAGE_TYPE = "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett";
  private static final String MDK =
      "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  /** The fragment version written ({@code baerekraftsvurdering/@versjon}); "1" documents are read too. */
  static final String VERSION = "1.1";

  private final SdgCatalogue catalogue;
  private final String system;
  private final String classificationSystem;

  private Arkivmelding(SdgCatalogue catalogue, String system, String classificationSystem) {
    this.catalogue = catalogue;
    this.system = system;
    this.classificationSystem = classificationSystem;
  }

  /**
   * A writer/reader.
   *
   * @param catalogue the catalogue for klasse titles
   * @param system the sending system's name ({@code system}, {@code fagsystem})
   * @param classificationSystem the klassifikasjonssystemID of the SDG classification in the archive
   * @return the instance
   */
  public static Arkivmelding of(SdgCatalogue catalogue, String system, String classificationSystem) {
    Objects.requireNonNull(catalogue, "catalogue");
    if (system.isBlank() || classificationSystem.isBlank()) {
      throw new CaseworkException(CaseErrorCode.INVALID_FIELD, null, "system/klassifikasjonssystemID",
          system + "/" + classificationSystem, CaseErrorCode.text("expected.non-blank-names"));
    }
    return new Arkivmelding(catalogue, system, classificationSystem);
  }

  /** The default catalogue, system "Livskraft casework" and klassifikasjonssystem {@code UN-SDG}. */
  public static Arkivmelding create() {
    return of(SdgCatalogue.bundled(), "Livskraft casework", "UN-SDG");
  }

  /** The klassifikasjonssystemID used. */
  public String classificationSystem() {
    return classificationSystem;
  }

  /**
   * Writes the arkivmelding and validates it.
   *
   * @param a the assessment
   * @param language the language of noekkelord and klasse titles
   * @return the XML (UTF-8 declaration)
   */
  public String write(Assessment a, Language language) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.setDefaultNamespace(ARKIVMELDING_NS);
      w.writeStartElement(ARKIVMELDING_NS, "arkivmelding");
      w.writeDefaultNamespace(ARKIVMELDING_NS);
      w.writeNamespace("xsi", XSI);
      w.writeNamespace("lkc", NAMESPACE);
      w.writeNamespace("n5mdk", MDK);
      text(w, "system", system);
      text(w, "antallFiler", "0");
      w.writeStartElement(ARKIVMELDING_NS, "registrering");
      w.writeAttribute(XSI, "type", "journalpost");
      if (a.caseNumber().isPresent()) {
        CaseNumber n = a.caseNumber().get();
        w.writeStartElement(ARKIVMELDING_NS, "referanseForelderMappe");
        w.writeStartElement(MDK, "saksnummer");
        mdk(w, "saksaar", Integer.toString(n.year()));
        mdk(w, "sakssekvensnummer", Integer.toString(n.sequence()));
        w.writeEndElement();
        w.writeEndElement();
      }
      text(w, "tittel", a.title());
      for (GoalLine l : a.confirmedLines()) {
        text(w, "noekkelord", keyword(l.goal(), language));
      }
      w.writeStartElement(ARKIVMELDING_NS, "virksomhetsspesifikkeMetadata");
      fragment(w, a);
      w.writeEndElement();
      for (GoalLine l : a.confirmedLines()) {
        klasse(w, l.goal().toString(), catalogue.findGoal(l.goal()).map(g -> g.titleText().text(language)));
        for (TargetCode t : l.targets()) {
          klasse(w, t.toString(), catalogue.findTarget(t).map(x -> x.titleText().text(language)));
        }
      }
      w.writeStartElement(ARKIVMELDING_NS, "referanseEksternNoekkel");
      mdk(w, "fagsystem", system);
      mdk(w, "noekkel", a.caseId());
      w.writeEndElement();
      w.writeStartElement(ARKIVMELDING_NS, "journalposttype");
      mdk(w, "kode", "S");
      mdk(w, "beskrivelse", "Saksframlegg");
      w.writeEndElement();
      w.writeEndElement(); // registrering
      w.writeEndElement(); // arkivmelding
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML to a string", e);
    }
    String xml = out.toString() + "\n";
    Xml.validate("arkivmelding for " + a.caseId(), xml);
    return xml;
  }

  private static String keyword(GoalCode g, Language l) {
    return switch (l) {
      case NB -> "Bærekraftsmål " + g;
      case NN -> "Berekraftsmål " + g;
      case EN -> "SDG " + g;
    };
  }

  private void klasse(XMLStreamWriter w, String id, Optional<String> title) throws XMLStreamException {
    w.writeStartElement(ARKIVMELDING_NS, "klassifikasjon");
    text(w, "klassifikasjonssystemID", classificationSystem);
    text(w, "klasseID", id);
    if (title.isPresent()) {
      text(w, "tittel", title.get());
    }
    w.writeEndElement();
  }

  private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(ARKIVMELDING_NS, name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static void mdk(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(MDK, name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static void lk(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(NAMESPACE, name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static void fragment(XMLStreamWriter w, Assessment a) throws XMLStreamException {
    w.writeStartElement(NAMESPACE, "baerekraftsvurdering");
    w.writeAttribute("versjon", VERSION);
    lk(w, "sakId", a.caseId());
    lk(w, "tittel", a.title());
    if (a.caseNumber().isPresent()) {
      lk(w, "saksnummer", a.caseNumber().get().toString());
    }
    lk(w, "spraak", a.language().tag());
    lk(w, "katalogutgave", a.catalogueEdition());
    lk(w, "regelsett", a.rulesVersion());
    lk(w, "vurdertTidspunkt", a.assessedAt().toString());
    lk(w, "tekstSha256", a.textSha256());
    for (GoalLine l : a.lines()) {
      w.writeStartElement(NAMESPACE, "maal");
      w.writeAttribute("nummer", l.goal().toString());
      w.writeAttribute("status", l.status().name());
      w.writeAttribute("opphav", l.origin().name());
      w.writeAttribute("poengsum", Double.toString(l.score()));
      w.writeAttribute("grunnlagForsvunnet", Boolean.toString(l.evidenceVanished()));
      if (l.evidenceLevel().isPresent()) {
        io.github.livskraft.tagger.Evidence level = l.evidenceLevel().get();
        w.writeAttribute("belegg", level.id());
        w.writeAttribute("sikkerhet", Double.toString(level.confidence()));
      }
      for (TargetCode t : l.targets()) {
        lk(w, "delmaal", t.toString());
      }
      if (l.impact().isPresent()) {
        lk(w, "virkning", l.impact().get().name());
      }
      w.writeStartElement(NAMESPACE, "foreslaattVirkning");
      w.writeAttribute("virkning", l.suggestedImpact().impact().name());
      for (Evidence e : l.suggestedImpact().cues()) {
        evidence(w, e);
      }
      w.writeEndElement();
      for (Evidence e : l.evidence()) {
        evidence(w, e);
      }
      if (l.decision().isPresent()) {
        Decision d = l.decision().get();
        w.writeStartElement(NAMESPACE, "beslutning");
        lk(w, "av", d.by());
        lk(w, "tidspunkt", d.at().toString());
        if (d.justification().isPresent()) {
          lk(w, "begrunnelse", d.justification().get());
        }
        w.writeEndElement();
      }
      w.writeEndElement();
    }
    for (ExplicitReference r : a.explicitReferences()) {
      w.writeStartElement(NAMESPACE, "eksplisittReferanse");
      w.writeAttribute("maal", r.goal().toString());
      if (r.target().isPresent()) {
        w.writeAttribute("delmaal", r.target().get().toString());
      }
      w.writeAttribute("start", Integer.toString(r.start()));
      w.writeAttribute("slutt", Integer.toString(r.end()));
      w.writeAttribute("del", r.part().name());
      w.writeCharacters(r.text());
      w.writeEndElement();
    }
    GoldenThread g = a.goldenThread();
    w.writeStartElement(NAMESPACE, "roedTraad");
    for (String p : g.plansConsidered()) {
      lk(w, "plan", p);
    }
    for (PlanFollowUp f : g.followUps()) {
      w.writeStartElement(NAMESPACE, "oppfoelging");
      w.writeAttribute("planId", f.planId());
      w.writeAttribute("planTittel", f.planTitle());
      w.writeAttribute("elementId", f.elementId());
      w.writeAttribute("type", f.kind().name());
      w.writeAttribute("tittel", f.title());
      if (f.focusArea().isPresent()) {
        w.writeAttribute("innsatsomraade", f.focusArea().get());
      }
      w.writeAttribute("poengsum", Double.toString(f.score()));
      for (FollowUpReason r : f.reasons()) {
        w.writeStartElement(NAMESPACE, "grunn");
        w.writeAttribute("type", r.kind().name());
        w.writeCharacters(r.detail());
        w.writeEndElement();
      }
      w.writeEndElement();
    }
    for (GoalCode c : g.chosenGoalsTouched()) {
      lk(w, "valgtMaal", c.toString());
    }
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void evidence(XMLStreamWriter w, Evidence e) throws XMLStreamException {
    w.writeStartElement(NAMESPACE, "grunnlag");
    w.writeAttribute("start", Integer.toString(e.start()));
    w.writeAttribute("slutt", Integer.toString(e.end()));
    w.writeAttribute("del", e.part().name());
    w.writeAttribute("kilde", e.source());
    w.writeCharacters(e.text());
    w.writeEndElement();
  }

  /**
   * Validates an arkivmelding against the official Fiks Arkiv V1 schemas and the casework XSD.
   *
   * @param source a name for messages (file name)
   * @param xml the XML
   * @throws CaseworkException ({@link CaseErrorCode#INVALID_ARKIVMELDING}) naming line and column
   */
  public static void validate(String source, String xml) {
    Xml.validate(source, xml);
  }

  /**
   * Reads the assessment back from an arkivmelding: validates, parses XXE-safe (no DOCTYPE), and reads the
   * Livskraft fragment in {@code virksomhetsspesifikkeMetadata}. A line's evidence level comes from
   * {@code maal/@belegg} ({@code @sikkerhet} is not read: it follows from the level). In a fragment of version 1,
   * which had no such attribute, a line resting on an explicit reference reads back as {@code EXPLICIT}, the others
   * without a level; in version 1.1 a line without {@code belegg} has no level.
   *
   * @param source a name for messages (file name)
   * @param xml the XML
   * @return the assessment
   * @throws CaseworkException {@link CaseErrorCode#INVALID_ARKIVMELDING} or
   *     {@link CaseErrorCode#NO_ASSESSMENT_IN_ARKIVMELDING}
   */
  public static Assessment read(String source, String xml) {
    Xml.validate(source, xml); // parses XXE-safe first, then validates with line and column
    Document doc = Xml.parse(source, xml);
    var list = doc.getElementsByTagNameNS(NAMESPACE, "baerekraftsvurdering");
    if (list.getLength() == 0) {
      throw new CaseworkException(CaseErrorCode.NO_ASSESSMENT_IN_ARKIVMELDING, null, source);
    }
    Element f = (Element) list.item(0);
    List<GoalLine> lines = new ArrayList<>();
    List<ExplicitReference> refs = new ArrayList<>();
    GoldenThread thread = GoldenThread.none();
    boolean levelsRecorded = !"1".equals(f.getAttribute("versjon"));
    for (Element c : children(f)) {
      switch (c.getLocalName()) {
        case "maal" -> lines.add(line(c, levelsRecorded));
        case "eksplisittReferanse" -> refs.add(new ExplicitReference(GoalCode.parse(c.getAttribute("maal")),
            c.hasAttribute("delmaal") ? Optional.of(TargetCode.parse(c.getAttribute("delmaal"))) : Optional.empty(),
            Integer.parseInt(c.getAttribute("start")), Integer.parseInt(c.getAttribute("slutt")), c.getTextContent(),
            PartKind.valueOf(c.getAttribute("del"))));
        case "roedTraad" -> thread = thread(c);
        default -> { }
      }
    }
    Optional<CaseNumber> number = child(f, "saksnummer").map(e -> CaseNumber.parse(e.getTextContent()));
    return new Assessment(req(f, "sakId"), req(f, "tittel"), number,
        Language.fromTag(req(f, "spraak")).orElseThrow(), req(f, "katalogutgave"), req(f, "regelsett"),
        Instant.parse(req(f, "vurdertTidspunkt")), req(f, "tekstSha256"), lines, refs, thread);
  }

  private static GoalLine line(Element m, boolean levelsRecorded) {
    List<TargetCode> targets = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    Optional<Impact> impact = Optional.empty();
    ImpactSuggestion suggestion = ImpactSuggestion.unclear();
    Optional<Decision> decision = Optional.empty();
    for (Element c : children(m)) {
      switch (c.getLocalName()) {
        case "delmaal" -> targets.add(TargetCode.parse(c.getTextContent()));
        case "virkning" -> impact = Optional.of(Impact.valueOf(c.getTextContent()));
        case "foreslaattVirkning" -> {
          List<Evidence> cues = new ArrayList<>();
          for (Element g : children(c)) {
            cues.add(evidence(g));
          }
          suggestion = new ImpactSuggestion(Impact.valueOf(c.getAttribute("virkning")), cues);
        }
        case "grunnlag" -> evidence.add(evidence(c));
        case "beslutning" -> decision = Optional.of(new Decision(req(c, "av"), Instant.parse(req(c, "tidspunkt")),
            child(c, "begrunnelse").map(Node::getTextContent)));
        default -> { }
      }
    }
    GoalLine line = new GoalLine(GoalCode.parse(m.getAttribute("nummer")), targets,
        LineOrigin.valueOf(m.getAttribute("opphav")), Double.parseDouble(m.getAttribute("poengsum")), evidence,
        suggestion, impact, LineStatus.valueOf(m.getAttribute("status")), decision,
        Boolean.parseBoolean(m.getAttribute("grunnlagForsvunnet")));
    if (m.hasAttribute("belegg")) {
      return line.withEvidenceLevel(Optional.of(level(m.getAttribute("belegg"))));
    }
    return levelsRecorded ? line.withEvidenceLevel(Optional.empty()) : line; // version 1: what the origin says
  }

  /** A level by its id; the XSD has already restricted the value to the ids. */
  private static io.github.livskraft.tagger.Evidence level(String id) {
    return io.github.livskraft.tagger.Evidence.find(id).orElseThrow(() -> new CaseworkException(
        CaseErrorCode.INVALID_ARKIVMELDING, null, "maal/@belegg", 0, 0,
        CaseErrorCode.text("expected.one-of", io.github.livskraft.tagger.Evidence.ids().toString())));
  }

  private static Evidence evidence(Element g) {
    return new Evidence(Integer.parseInt(g.getAttribute("start")), Integer.parseInt(g.getAttribute("slutt")),
        g.getTextContent(), PartKind.valueOf(g.getAttribute("del")), g.getAttribute("kilde"));
  }

  private static GoldenThread thread(Element t) {
    List<String> plans = new ArrayList<>();
    List<PlanFollowUp> follow = new ArrayList<>();
    List<GoalCode> chosen = new ArrayList<>();
    for (Element c : children(t)) {
      switch (c.getLocalName()) {
        case "plan" -> plans.add(c.getTextContent());
        case "valgtMaal" -> chosen.add(GoalCode.parse(c.getTextContent()));
        case "oppfoelging" -> {
          List<FollowUpReason> reasons = new ArrayList<>();
          for (Element r : children(c)) {
            reasons.add(new FollowUpReason(FollowUpReason.Kind.valueOf(r.getAttribute("type")), r.getTextContent()));
          }
          follow.add(new PlanFollowUp(c.getAttribute("planId"), c.getAttribute("planTittel"),
              c.getAttribute("elementId"), ElementKind.valueOf(c.getAttribute("type")), c.getAttribute("tittel"),
              c.hasAttribute("innsatsomraade") ? Optional.of(c.getAttribute("innsatsomraade")) : Optional.empty(),
              Double.parseDouble(c.getAttribute("poengsum")), reasons));
        }
        default -> { }
      }
    }
    return new GoldenThread(plans, follow, chosen);
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && NAMESPACE.equals(c.getNamespaceURI())) {
        out.add(c);
      }
    }
    return out;
  }

  private static Optional<Element> child(Element e, String name) {
    return children(e).stream().filter(c -> c.getLocalName().equals(name)).findFirst();
  }

  private static String req(Element e, String name) {
    return child(e, name).map(Node::getTextContent).orElseThrow(() -> new CaseworkException(
        CaseErrorCode.INVALID_ARKIVMELDING, null, "baerekraftsvurdering", 0, 0,
        CaseErrorCode.text("xml.missing-element", name)));
  }
}

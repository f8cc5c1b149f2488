package io.github.livskraft.casework.internal;

import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.sdg.MessageFragment;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XXE-safe XML parsing and validation against the bundled Fiks Arkiv V1 schemas plus the Livskraft casework XSD.
 * No DOCTYPE is accepted (also not by {@link #validate}); no external entity, DTD or schema is fetched for an
 * instance document.
 */
public final class Xml {
  /** The bundled resources, relative to the {@code io} package. */
  private static final String OPPRETT = "/io/github/livskraft/casework/io/fiks-arkiv/v1/"
      + "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd";
  private static final String METADATA = "/io/github/livskraft/casework/io/fiks-arkiv/v1/metadatakatalog.xsd";
  private static final String CASEWORK = "/io/github/livskraft/casework/io/livskraft-casework-1.xsd";

  private Xml() {}

  private static final class Holder {
    static final Schema SCHEMA = load();
  }

  private static Schema load() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // the bundled schemas import each other by relative path inside the jar; nothing is fetched from the network
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jrt");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      return f.newSchema(new StreamSource[] {source(METADATA), source(OPPRETT), source(CASEWORK)});
    } catch (SAXException e) {
      throw new io.github.livskraft.casework.CaseworkException(io.github.livskraft.casework.CaseErrorCode.BUNDLED_SCHEMA,
          e, String.join(", ", METADATA, OPPRETT, CASEWORK));
    }
  }

  private static StreamSource source(String resource) {
    URL url = Xml.class.getResource(resource);
    if (url == null) {
      throw new io.github.livskraft.casework.CaseworkException(io.github.livskraft.casework.CaseErrorCode.BUNDLED_SCHEMA,
          null, resource);
    }
    return new StreamSource(url.toExternalForm());
  }

  /**
   * Validates an arkivmelding.
   *
   * @param source a name for messages
   * @param xml the XML
   * @throws CaseworkException ({@link CaseErrorCode#INVALID_ARKIVMELDING}) naming line and column
   */
  public static void validate(String source, String xml) {
    parse(source, xml); // refuses a DOCTYPE (no entity tricks reach the validator's own parser)
    try {
      Validator v = Holder.SCHEMA.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new CaseworkException(CaseErrorCode.INVALID_ARKIVMELDING, e, source, e.getLineNumber(),
          e.getColumnNumber(), detail(e));
    } catch (SAXException | IOException e) {
      throw new CaseworkException(CaseErrorCode.INVALID_ARKIVMELDING, e, source, 0, 0, detail(e));
    }
  }

  /** Xerces's key of the broken XSD rule at the start of its message, e.g. {@code cvc-complex-type.2.4.a}. */
  private static final java.util.regex.Pattern RULE =
      java.util.regex.Pattern.compile("^(cvc-[\\w.-]+|[a-z]+-[\\w.-]+):");
  /** A name the validator quotes: an element, attribute or value of the document or the schema. */
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^'\\s]{1,80})'");

  /**
   * Our own words for a validation failure: the key of the broken XSD rule and the names the validator quotes
   * (from the document or the schema), never the validator's English sentence.
   */
  private static MessageFragment detail(Exception e) {
    if (e instanceof IOException io) {
      return IoReason.of(io);
    }
    String m = String.valueOf(e.getMessage());
    java.util.regex.Matcher rule = RULE.matcher(m);
    if (!rule.find()) {
      return CaseErrorCode.text("xml.invalid");
    }
    java.util.StringJoiner names = new java.util.StringJoiner(", ");
    java.util.regex.Matcher q = QUOTED.matcher(m);
    for (int i = 0; i < 4 && q.find(); i++) {
      names.add(q.group(1));
    }
    return names.length() == 0 ? CaseErrorCode.text("xml.rule", rule.group(1))
        : CaseErrorCode.text("xml.rule-names", rule.group(1), names.toString());
  }

  /**
   * Parses XML with namespaces, refusing DOCTYPEs and external entities.
   *
   * @param source a name for messages
   * @param xml the XML
   * @return the DOM
   */
  public static Document parse(String source, String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new CaseworkException(CaseErrorCode.INVALID_ARKIVMELDING, e, source, e.getLineNumber(),
          e.getColumnNumber(), detail(e));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new CaseworkException(CaseErrorCode.INVALID_ARKIVMELDING, e, source, 0, 0, detail(e));
    }
  }
}

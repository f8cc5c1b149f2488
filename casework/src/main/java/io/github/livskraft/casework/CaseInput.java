package io.github.livskraft.casework;

import io.github.livskraft.sdg.Language;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A case as a sak/arkiv system hands it over in a structured call: the fields it already knows plus the body text.
 * Fields given here win over what is recognised in the text; fields left empty are recognised from the text or stay
 * absent. Immutable; build with {@link #builder(String, String)}.
 *
 * <pre>{@code
 * CaseInput in = CaseInput.builder("jp-2025-000123", bodyText)
 *     .title("Reguleringsplan for Kirkegata 5").caseNumber(CaseNumber.parse("25/1234-3"))
 *     .caseOfficer("Kari Nordmann").committee("Formannskapet").build();
 * }</pre>
 *
 * @param id the vendor's stable id (journalpost or case id)
 * @param body the text of the saksframlegg (innstilling, saksopplysninger, vurdering …)
 * @param title the case title
 * @param caseNumber arkivsaksnr
 * @param caseOfficer saksbehandler
 * @param archiveCode arkivkode
 * @param date document date
 * @param committee utvalg
 * @param meetingDate møtedato
 * @param committeeCaseNumber utvalgssaksnr
 * @param language the language, when the vendor knows it (else detected)
 */
public record CaseInput(String id, String body, Optional<String> title, Optional<CaseNumber> caseNumber,
    Optional<String> caseOfficer, Optional<String> archiveCode, Optional<LocalDate> date, Optional<String> committee,
    Optional<LocalDate> meetingDate, Optional<String> committeeCaseNumber, Optional<Language> language) {

  /** Checks for nulls. */
  public CaseInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(caseOfficer, "caseOfficer");
    Objects.requireNonNull(archiveCode, "archiveCode");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(meetingDate, "meetingDate");
    Objects.requireNonNull(committeeCaseNumber, "committeeCaseNumber");
    Objects.requireNonNull(language, "language");
  }

  /**
   * A builder.
   *
   * @param id the vendor's id
   * @param body the body text
   * @return a new builder
   */
  public static Builder builder(String id, String body) {
    return new Builder(id, body);
  }

  /** Builds a {@link CaseInput}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String body;
    private Optional<String> title = Optional.empty();
    private Optional<CaseNumber> caseNumber = Optional.empty();
    private Optional<String> caseOfficer = Optional.empty();
    private Optional<String> archiveCode = Optional.empty();
    private Optional<LocalDate> date = Optional.empty();
    private Optional<String> committee = Optional.empty();
    private Optional<LocalDate> meetingDate = Optional.empty();
    private Optional<String> committeeCaseNumber = Optional.empty();
    private Optional<Language> language = Optional.empty();

    private Builder(String id, String body) {
      this.id = Objects.requireNonNull(id, "id");
      this.body = Objects.requireNonNull(body, "body");
    }

    /** Sets the title. @param v the value @return this builder */
    public Builder title(String v) {
      title = Optional.of(v);
      return this;
    }

    /** Sets the arkivsaksnr. @param v the value @return this builder */
    public Builder caseNumber(CaseNumber v) {
      caseNumber = Optional.of(v);
      return this;
    }

    /** Sets the saksbehandler. @param v the value @return this builder */
    public Builder caseOfficer(String v) {
      caseOfficer = Optional.of(v);
      return this;
    }

    /** Sets the arkivkode. @param v the value @return this builder */
    public Builder archiveCode(String v) {
      archiveCode = Optional.of(v);
      return this;
    }

    /** Sets the document date. @param v the value @return this builder */
    public Builder date(LocalDate v) {
      date = Optional.of(v);
      return this;
    }

    /** Sets the utvalg. @param v the value @return this builder */
    public Builder committee(String v) {
      committee = Optional.of(v);
      return this;
    }

    /** Sets the møtedato. @param v the value @return this builder */
    public Builder meetingDate(LocalDate v) {
      meetingDate = Optional.of(v);
      return this;
    }

    /** Sets the utvalgssaksnr. @param v the value @return this builder */
    public Builder committeeCaseNumber(String v) {
      committeeCaseNumber = Optional.of(v);
      return this;
    }

    /** Sets the language. @param v the value @return this builder */
    public Builder language(Language v) {
      language = Optional.of(v);
      return this;
    }

    /** Builds the input. @return the input */
    public CaseInput build() {
      return new CaseInput(id, body, title, caseNumber, caseOfficer, archiveCode, date, committee, meetingDate,
          committeeCaseNumber, language);
    }
  }
}

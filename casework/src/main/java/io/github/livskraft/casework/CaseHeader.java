package io.github.livskraft.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The header fields of a saksframlegg (toppfelt). A field that is absent in the text is empty, never guessed.
 * Immutable.
 *
 * @param caseOfficer saksbehandler / sakshandsamar
 * @param archiveCode arkivkode (arkiv, K-kode), e.g. {@code 026} or {@code 144 U01}
 * @param caseNumber arkivsaksnr
 * @param date the document date (dato)
 * @param committee the first body in the saksgang (utvalg), e.g. "Formannskapet"
 * @param meetingDate møtedato of that body
 * @param committeeCaseNumber utvalgssaksnr, e.g. {@code 7/2019} or {@code 24/12}
 * @param decidedBy the body that decides (SAKEN AVGJØRES AV)
 * @param title the case title
 */
public record CaseHeader(Optional<String> caseOfficer, Optional<String> archiveCode, Optional<CaseNumber> caseNumber,
    Optional<LocalDate> date, Optional<String> committee, Optional<LocalDate> meetingDate,
    Optional<String> committeeCaseNumber, Optional<String> decidedBy, Optional<String> title) {

  /** Checks for nulls. */
  public CaseHeader {
    Objects.requireNonNull(caseOfficer, "caseOfficer");
    Objects.requireNonNull(archiveCode, "archiveCode");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(meetingDate, "meetingDate");
    Objects.requireNonNull(committeeCaseNumber, "committeeCaseNumber");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(title, "title");
  }

  /** A header with no fields. */
  public static CaseHeader empty() {
    return new CaseHeader(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}

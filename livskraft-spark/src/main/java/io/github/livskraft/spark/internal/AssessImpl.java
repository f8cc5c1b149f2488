package io.github.livskraft.spark.internal;

import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseAssessor;
import io.github.livskraft.casework.CaseDocument;
import io.github.livskraft.casework.CaseHeader;
import io.github.livskraft.casework.CaseNumber;
import io.github.livskraft.casework.CaseReader;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.casework.Evidence;
import io.github.livskraft.casework.ExplicitReference;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.casework.PartKind;
import io.github.livskraft.sdg.TargetCode;
import io.github.livskraft.spark.LivskraftSparkException;
import io.github.livskraft.spark.SparkErrorCode;
import io.github.livskraft.spark.TaggerSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * {@code sdg_assess(content, path)}: the casework assessment of one document from Spark's {@code binaryFile} source
 * (PDF, DOCX, HTML or UTF-8 text, decided from the bytes and the file name as {@link CaseReader} decides it).
 */
public final class AssessImpl {
  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  /** One goal line. */
  public static final StructType GOAL_LINE = new StructType()
      .add("goal", DataTypes.IntegerType, false)
      .add("targets", STRINGS, false)
      .add("origin", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("impact", DataTypes.StringType, false)
      .add("parts", STRINGS, false)
      .add("evidence", DataTypes.StringType, true)
      .add("confidence", DataTypes.DoubleType, true);
  /** One explicit reference. */
  public static final StructType REFERENCE = new StructType()
      .add("code", DataTypes.StringType, false)
      .add("goal", DataTypes.IntegerType, false)
      .add("target", DataTypes.StringType, true)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("phrase", DataTypes.StringType, false)
      .add("part", DataTypes.StringType, false);
  /** The result of {@code sdg_assess}. */
  public static final StructType ASSESSMENT = new StructType()
      .add("error_code", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true)
      .add("id", DataTypes.StringType, true)
      .add("format", DataTypes.StringType, true)
      .add("language", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("year", DataTypes.IntegerType, true)
      .add("case_number", DataTypes.StringType, true)
      .add("case_officer", DataTypes.StringType, true)
      .add("archive_code", DataTypes.StringType, true)
      .add("document_date", DataTypes.DateType, true)
      .add("committee", DataTypes.StringType, true)
      .add("meeting_date", DataTypes.DateType, true)
      .add("committee_case_number", DataTypes.StringType, true)
      .add("decided_by", DataTypes.StringType, true)
      .add("goals", DataTypes.createArrayType(GOAL_LINE, false), true)
      .add("references", DataTypes.createArrayType(REFERENCE, false), true)
      .add("text_sha256", DataTypes.StringType, true)
      .add("chars", DataTypes.IntegerType, true);

  private AssessImpl() {}

  /**
   * The row of an assessment.
   *
   * @param doc the document read
   * @param a its assessment
   * @return the row, of type {@link #ASSESSMENT}
   */
  public static Row row(CaseDocument doc, Assessment a) {
    List<GoalLine> lines = a.lines();
    Row[] goals = new Row[lines.size()];
    for (int i = 0; i < goals.length; i++) {
      GoalLine l = lines.get(i);
      String[] targets = new String[l.targets().size()];
      for (int t = 0; t < targets.length; t++) {
        targets[t] = l.targets().get(t).toString();
      }
      goals[i] = RowFactory.create(l.goal().number(), targets, l.origin().name(), l.score(),
          l.suggestedImpact().impact().name(), parts(l.evidence()),
          l.findEvidenceLevelId().orElse(null), l.findConfidence().orElse(null));
    }
    List<ExplicitReference> refs = a.explicitReferences();
    Row[] references = new Row[refs.size()];
    for (int i = 0; i < references.length; i++) {
      ExplicitReference r = refs.get(i);
      references[i] = RowFactory.create(r.target().map(TargetCode::toString).orElse(Integer.toString(
          r.goal().number())), r.goal().number(), r.target().map(TargetCode::toString).orElse(null), r.start(),
          r.end(), r.text(), r.part().name());
    }
    CaseHeader h = doc.header();
    return RowFactory.create(null, null, doc.id(), doc.format().name(), doc.language().tag(), a.title(),
        year(h).orElse(null), h.caseNumber().map(CaseNumber::toString).orElse(null), h.caseOfficer().orElse(null),
        h.archiveCode().orElse(null), h.date().orElse(null), h.committee().orElse(null),
        h.meetingDate().orElse(null), h.committeeCaseNumber().orElse(null), h.decidedBy().orElse(null), goals,
        references, a.textSha256(), doc.text().length());
  }

  /**
   * The case year as the CLI's batch table gives it: the document date's year, else the arkivsaksnr's year.
   *
   * @param h the header
   * @return the year, if either is known
   */
  public static Optional<Integer> year(CaseHeader h) {
    return h.date().map(LocalDate::getYear).or(() -> h.caseNumber().map(CaseNumber::year));
  }

  /**
   * The parts of a line's evidence, each once, in the order of the text.
   *
   * @param evidence the evidence (sorted by offset)
   * @return the part names
   */
  public static String[] parts(List<Evidence> evidence) {
    List<String> out = new ArrayList<>(4);
    PartKind last = null;
    for (Evidence e : evidence) {
      if (e.part() != last) {
        last = e.part();
        String name = last.name();
        if (!out.contains(name)) {
          out.add(name);
        }
      }
    }
    return out.toArray(new String[0]);
  }

  /** The row for a document that could not be read or assessed. */
  private static Row error(String code, String message, String id) {
    Object[] v = new Object[ASSESSMENT.size()];
    v[0] = code;
    v[1] = message;
    v[2] = id;
    return RowFactory.create(v);
  }

  /**
   * The file name of a path or URI ({@code file:/a/b/sak.pdf} → {@code sak.pdf}).
   *
   * @param path the path
   * @return the last segment
   */
  public static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 || slash == path.length() - 1 ? path : path.substring(slash + 1);
  }

  /**
   * {@code sdg_assess(content, path)}. A document that cannot be read (empty, broken, encrypted, too large, not
   * UTF-8 …) gives a row with {@code error_code} and {@code error} set and the rest null; the job goes on. The
   * reader and the assessor are built once per executor JVM ({@link ExecutorTaggers}) and cached in the function
   * object, which Spark deserialises once per task.
   */
  public static final class Assess implements UDF2<byte[], String, Row> {
    private static final long serialVersionUID = 1L;
    private final TaggerSpec spec;
    private transient @Nullable CaseAssessor assessor;

    /**
     * The function for a tagger spec.
     *
     * @param spec how executors build their tagger
     */
    public Assess(TaggerSpec spec) {
      this.spec = spec;
    }

    @Override
    public @Nullable Row call(byte @Nullable [] content, @Nullable String path) {
      if (content == null) {
        return null;
      }
      String source = path == null ? "document" : path;
      String id = fileName(source);
      CaseAssessor as = assessor;
      if (as == null) {
        as = ExecutorTaggers.assessor(spec);
        assessor = as;
      }
      try {
        CaseDocument doc = CaseReader.create().read(id, source, content);
        return row(doc, as.assess(doc));
      } catch (CaseworkException e) {
        return error(e.errorCode().code(), e.getMessage(Locale.ROOT), id);
      } catch (RuntimeException e) {
        // A failure inside a file format library that casework does not map: this document fails, not the job.
        return error(SparkErrorCode.UNREADABLE_DOCUMENT.code(), LivskraftSparkException.unreadable(source, e)
            .getMessage(Locale.ROOT), id); // English, as the CaseworkException above; our own words, not the library's
      }
    }
  }
}

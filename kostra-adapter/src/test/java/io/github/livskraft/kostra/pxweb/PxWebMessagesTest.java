package io.github.livskraft.kostra.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.livskraft.kostra.KostraArgumentException;
import io.github.livskraft.kostra.RetryPolicy;
import io.github.livskraft.kostra.SsbConnection;
import io.github.livskraft.kostra.StubSsbServer;
import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the adapter refuses (a selection, a table id, an option, SSB's unreadable answer, a query the metadata does
 * not allow) is a coded message from the kostra bundle in the reader's language: it names the value and where it
 * was, and carries words of that language only (no inline "English / bokmål", no Jackson text).
 */
class PxWebMessagesTest {
  private static final TableMetadata META_12880 = MetadataParser.v1Metadata("12880",
      StubSsbServer.fixture("pxwebapi-v1_metadata_12880.json"));

  static Stream<Arguments> refused() {
    QueryPlanner p = new QueryPlanner(800_000, Integer.MAX_VALUE);
    return Stream.of(
        // what, the call, the code, what the message must name, a phrase only the en / nb / nn text has
        Arguments.of("unclosed expression", (ThrowingCallable) () -> Selection.parse("Tid", "top(5"), "KOSTRA-0013",
            "'top(5'", "Unclosed expression", "Uavsluttet uttrykk", "Uavslutta uttrykk"),
        Arguments.of("empty selection", (ThrowingCallable) () -> Selection.parse("Tid", " , "), "KOSTRA-0013",
            "for Tid", "Empty selection", "Tomt utvalg", "Tomt utval"),
        Arguments.of("top needs a number", (ThrowingCallable) () -> Selection.parse("Tid", "top(x)"), "KOSTRA-0013",
            "'x'", "whole numbers", "hele tall", "heile tal"),
        Arguments.of("bad table id", (ThrowingCallable) () -> DataQuery.of("12 34"), "KOSTRA-0013", "'12 34'",
            "expected SSB's table number", "forventet SSBs tabellnummer", "venta tabellnummeret"),
        Arguments.of("variable twice", (ThrowingCallable) () -> new DataQuery("12880",
            java.util.List.of(Selection.top("Tid", 1), Selection.top("tid", 2))), "KOSTRA-0013", "12880",
            "selected twice", "valgt to ganger", "vald to gonger"),
        Arguments.of("statbank language", (ThrowingCallable) () -> SsbConnection.builder().language("de"),
            "KOSTRA-0013", "'de'", "expected no or en", "forventet no eller en", "venta no eller en"),
        Arguments.of("retry attempts", (ThrowingCallable) () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 2,
            0, Duration.ZERO), "KOSTRA-0013", "maxAttempts", "must be at least 1, was 0", "må være minst 1, var 0",
            "må vere minst 1, var 0"),
        Arguments.of("unknown code", (ThrowingCallable) () -> p.plan(META_12880, DataQuery.of("12880")
            .with(Selection.codes("ContentsCode", "Nope")).with(Selection.top("Tid", 1))), "KOSTRA-0010",
            "'Nope'", "unknown code", "ukjent kode", "ukjend kode"),
        Arguments.of("mandatory variable", (ThrowingCallable) () -> p.plan(META_12880, DataQuery.of("12880")
            .with(Selection.top("Tid", 1))), "SSB-0004", "'ContentsCode'", "cannot be left out",
            "kan ikke utelates", "kan ikkje utelatast"),
        Arguments.of("reversed range", (ThrowingCallable) () -> p.plan(META_12880, DataQuery.of("12880")
            .with(Selection.all("ContentsCode")).with(Selection.range("Tid", "2000", "1999"))), "KOSTRA-0010",
            "range(2000,1999)", "is reversed in table 12880", "er baklengs i tabell 12880",
            "er baklengs i tabell 12880, variabel Tid"),
        Arguments.of("not JSON", (ThrowingCallable) () -> MetadataParser.v2Metadata("12134",
            "{\"id\": [1,\n  }".getBytes(StandardCharsets.UTF_8)), "SSB-0015", "12134",
            "cannot read SSB's answer for the metadata of table 12134", "kan ikke lese SSBs svar for metadataene",
            "kan ikkje lese svaret frå SSB"),
        Arguments.of("not JSON-stat", (ThrowingCallable) () -> Datasets.read("{\"version\":\"2.0\"}"
            .getBytes(StandardCharsets.UTF_8), io.github.livskraft.kostra.KostraErrorCode.text("SSB.what.table",
            "12134")), "SSB-0015", "12134", "is not a readable JSON-stat 2.0 dataset",
            "kan ikke leses som et JSON-stat 2.0-datasett", "kan ikkje lesast som eit JSON-stat 2.0-datasett"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aRefusalIsCodedAndInOneLanguage(String what, ThrowingCallable call, String code, String value, String en,
      String nb, String nn) {
    Throwable t = catchThrowable(call);
    assertThat(t).as(what).isInstanceOf(CodedException.class);
    CodedException e = (CodedException) t;
    assertThat(e.errorCode().code()).isEqualTo(code);
    String inEn = e.getMessage(Language.EN);
    String inNb = e.getMessage(Language.NB);
    String inNn = e.getMessage(Language.NN);
    assertThat(t.getMessage()).isEqualTo(inEn);
    assertThat(inEn).startsWith(code + ": ").contains(value).contains(en).doesNotContain(nb).doesNotContain(" / ");
    assertThat(inNb).startsWith(code + ": ").contains(value).contains(nb).doesNotContain(en).doesNotContain(" / ");
    assertThat(inNn).startsWith(code + ": ").contains(value).contains(nn).doesNotContain(en)
        .doesNotContain(" / ");
    for (String s : new String[] {inEn, inNb, inNn}) {
      assertThat(s).doesNotContain("Unexpected").doesNotContain("Source: ").doesNotContain("jackson")
          .doesNotContain("Exception");
    }
  }

  @Test
  void argumentErrorsAreStillIllegalArgumentExceptions() {
    assertThat(catchThrowable(() -> Selection.parse("Tid", "from(")))
        .isInstanceOf(IllegalArgumentException.class).isInstanceOf(KostraArgumentException.class);
  }

  @Test
  void aJsonSyntaxErrorSaysLineAndColumnInOurOwnWords() {
    PxWebException e = (PxWebException) catchThrowable(() -> MetadataParser.v2Metadata("12134",
        "{\"id\": [1,\n  }".getBytes(StandardCharsets.UTF_8)));
    assertThat(e.getMessage(Language.NN)).contains("ikkje gyldig JSON på linje 2, kolonne");
    assertThat(e.getMessage(Language.EN)).contains("not valid JSON at line 2, column");
    PxWebException cut = (PxWebException) catchThrowable(() -> MetadataParser.v2Metadata("12134",
        "{\"id\": [".getBytes(StandardCharsets.UTF_8)));
    assertThat(cut.getMessage(Language.NB)).contains("svaret slutter for tidlig på linje 1");
  }
}

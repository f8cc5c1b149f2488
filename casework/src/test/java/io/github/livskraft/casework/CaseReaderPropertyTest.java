package io.github.livskraft.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded generators: whatever the bytes, the reader returns a case or throws a {@link CaseInputException}. */
class CaseReaderPropertyTest {
  private static final String[] NAMES = {"sak.txt", "sak.pdf", "sak.docx", "sak.html", "sak", "sak.doc"};
  private static final byte[][] PREFIXES = {"%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
      {'P', 'K', 3, 4}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "<html>".getBytes(
      java.nio.charset.StandardCharsets.US_ASCII), {}};

  static Stream<Long> seeds() {
    return IntStream.range(0, 60).mapToObj(i -> 20251206L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyBytesGiveACaseOrATypedError(long seed) {
    Random r = new Random(seed);
    byte[] prefix = PREFIXES[r.nextInt(PREFIXES.length)];
    byte[] body = new byte[r.nextInt(400)];
    if (r.nextBoolean()) {
      r.nextBytes(body);
    } else {
      String words = "Rådmannens innstilling\nVedlegg\nbærekraftsmål 13 delmål 11.2 Arkivsaksnr.: 19/4976 ";
      for (int i = 0; i < body.length; i++) {
        body[i] = (byte) words.charAt(r.nextInt(words.length()));
      }
    }
    byte[] bytes = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    System.arraycopy(body, 0, bytes, prefix.length, body.length);
    String name = NAMES[r.nextInt(NAMES.length)];
    try {
      CaseDocument c = CaseReader.create().read(name, name, bytes);
      assertThat(c.text()).isNotBlank();
      for (CasePart p : c.parts()) {
        assertThat(p.end()).isLessThanOrEqualTo(c.text().length());
      }
    } catch (CaseInputException e) {
      assertThat(e.getMessage()).startsWith("CASE-").contains(name);
      assertThat(e.source()).isEqualTo(name);
    }
  }
}

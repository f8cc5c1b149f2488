package io.github.livskraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ServerErrorCodeTest {
  @Test
  void everyCodeFragmentAndTitleIsInAllThreeLanguages() {
    var bundle = ServerErrorCode.NOT_FOUND.messages();
    assertThat(bundle.missingKeys()).isEmpty();
    for (ServerErrorCode c : ServerErrorCode.values()) {
      for (Language l : Language.values()) {
        assertThat(bundle.pattern(c.code(), l)).as("%s %s", c, l).isNotBlank();
        if (c.status() > 0) {
          assertThat(bundle.keys()).as("title of %s", c.status()).contains("title." + c.status());
        }
      }
    }
  }

  /** Every {@code CODE.fragment("…")} in the sources names a key of that code. */
  @Test
  void everyFragmentTheSourcesUseExists() throws IOException {
    Pattern use = Pattern.compile("ServerErrorCode\\.([A-Z_]+)\\.fragment\\(\"([a-z-]+)\"");
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = use.matcher(Files.readString(f));
        while (m.find()) {
          found++;
          String key = ServerErrorCode.valueOf(m.group(1)).code() + "." + m.group(2);
          if (!ServerErrorCode.NOT_FOUND.messages().keys().contains(key)) {
            missing.add(f.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(found).isGreaterThan(15);
    assertThat(missing).isEmpty();
  }

  @Test
  void detailsAndTitlesFollowTheLanguageWithTranslatedFragments() {
    var c = ServerErrorCode.BAD_FIELD;
    assertThat(c.text(Language.NN, "files", c.fragment("no-files")))
        .isEqualTo("Ugyldig felt 'files' i førespurnaden: minst éi planfil trengst");
    assertThat(c.format(Language.EN, "files", c.fragment("max-items", 65536, 70000)))
        .isEqualTo("SERVER-0002: Bad request field 'files': at most 65536 items, got 70000");
    assertThat(ServerErrorCode.title(404, Language.NN)).isEqualTo("Finst ikkje");
    assertThat(ServerErrorCode.title(418, Language.EN)).isEqualTo("Internal error");
    var e = new ServerException(ServerErrorCode.CANNOT_LISTEN, null, "127.0.0.1", 8080, "Address already in use");
    assertThat(e.code()).isEqualTo("SERVER-0101");
    assertThat(e.getMessage(Language.NB)).isEqualTo("SERVER-0101: Kan ikke lytte på 127.0.0.1:8080: Address already in use");
  }

  @Test
  void aPlansFolderWithoutPlanFilesIsSaidInOneLanguageNamingTheFolder(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    ServerException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> LivskraftServer.start(
        ServerConfig.defaults().withAddress("127.0.0.1", 0).withPlansDirectory(dir)), ServerException.class);
    org.assertj.core.api.Assertions.assertThat(e.errorCode()).isEqualTo(ServerErrorCode.NO_PLAN_FILES);
    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("No plan files in " + dir)
        .doesNotContain("Ingen");
    org.assertj.core.api.Assertions.assertThat(e.getMessage(io.github.livskraft.sdg.Language.NB))
        .contains("Ingen planfiler i " + dir).contains("forventet").doesNotContain("expected");
    org.assertj.core.api.Assertions.assertThat(e.getMessage(io.github.livskraft.sdg.Language.NN))
        .contains("Ingen planfiler i " + dir).contains("venta").doesNotContain("expected");
  }

  @Test
  void aServerOptionOutOfRangeIsACodedArgumentErrorInOneLanguage() {
    IllegalArgumentException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> ServerConfig.defaults().withAddress("127.0.0.1", 70000), IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThat(e).isInstanceOf(io.github.livskraft.sdg.CodedException.class);
    io.github.livskraft.sdg.CodedException c = (io.github.livskraft.sdg.CodedException) e;
    org.assertj.core.api.Assertions.assertThat(c.errorCode()).isEqualTo(ServerErrorCode.BAD_CONFIG);
    org.assertj.core.api.Assertions.assertThat(e.getMessage())
        .isEqualTo("SERVER-0103: Invalid server option: the port must be 0 to 65535, was 70000");
    org.assertj.core.api.Assertions.assertThat(c.getMessage(Language.NB))
        .isEqualTo("SERVER-0103: Ugyldig serverinnstilling: porten må være 0 til 65535, var 70000");
    org.assertj.core.api.Assertions.assertThat(c.getMessage(Language.NN))
        .isEqualTo("SERVER-0103: Ugyldig serverinnstilling: porten må vere 0 til 65535, var 70000");
  }

  /** A port that another program holds: our own words in every language, never Jetty's or the JDK's text. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "EN, Cannot listen on, the address is already in use",
      "NB, Kan ikke lytte på, adressen er allerede i bruk",
      "NN, Kan ikkje lytte på, adressa er allereie i bruk"})
  void aPortInUseIsSaidInOurOwnWords(Language language, String head, String reason) throws IOException {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      ServerException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> LivskraftServer.start(
          ServerConfig.defaults().withAddress("127.0.0.1", taken.getLocalPort())), ServerException.class);
      assertThat(e.errorCode()).isEqualTo(ServerErrorCode.CANNOT_LISTEN);
      assertThat(e.getMessage(language)).contains(head + " 127.0.0.1:" + taken.getLocalPort()).contains(reason)
          .doesNotContain("Address already in use").doesNotContain("Failed to bind").doesNotContain("Exception");
    }
  }
}

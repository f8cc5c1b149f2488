package io.github.livskraft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The shared fixture of the command-line tests: run {@code livskraft} in the JVM, and the real data they read. */
final class TestCli {
  private TestCli() {}

  /** One run's exit code, standard output and standard error. */
  record Run(int code, String out, String err) {
    /** @return {exit code as text, out, err}, for the tests written that way */
    String[] asArray() {
      return new String[] {Integer.toString(code), out, err};
    }

    /** @return standard output read as JSON */
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  /**
   * Runs the command line with captured output.
   *
   * @param args the arguments
   * @return the run
   */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Runs the command line with captured output.
   *
   * @param args the arguments
   * @return the run
   */
  static Run run(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  /**
   * Runs the command line and returns {exit code, out, err}.
   *
   * @param args the arguments
   * @return the three texts
   */
  static String[] runToArray(String... args) {
    return run(args).asArray();
  }

  /**
   * Copies the real Kongsbergregionen series (SSB and Miljødirektoratet, see
   * indicators-kongsbergregionen.PROVENANCE.md) into a folder as {@code kr.csv}.
   *
   * @param dir the folder
   * @return the copied file
   */
  static Path kongsbergregionenSeries(Path dir) {
    Path data = dir.resolve("kr.csv");
    try (InputStream in = TestCli.class.getResourceAsStream("indicators-kongsbergregionen.csv")) {
      Files.copy(in, data, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return data;
  }
}

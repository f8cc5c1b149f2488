package io.github.livskraft.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's main() and returns what it printed. */
final class ExampleRunner {
  private ExampleRunner() {}

  interface Main {
    void run(String[] args) throws Exception;
  }

  static synchronized String run(Main main, String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setOut(p);
      main.run(args);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    old.print(out); // keep it visible in the test log
    return out;
  }
}

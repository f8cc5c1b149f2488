/*
 * Build step of livskraft-cli (run by exec-maven-plugin in the package phase as a single-file source program:
 * java CdsArchive.java TARGET CLI_JAR LIB_CLASSPATH_FILE). Not part of the shipped code.
 *
 * Writes the launcher's start-up image beside the runnable jar:
 *  - TARGET/livskraft.classpath: the class path relative to TARGET (the CLI's own jar, then lib/…, in Maven's
 *    order), and on a second line TARGET itself, the directory the archive is valid for. The launcher `livskraft` runs from it instead of the 125 MB shaded jar, whose 26,000-entry
 *    central directory costs tens of milliseconds to open on every start.
 *  - TARGET/livskraft.jsa: a STATIC AppCDS archive (JDK 17: -XX:DumpLoadedClassList, then -Xshare:dump). Unlike a
 *    dynamic archive (-XX:ArchiveClassesAtExit), a static one also stores class files older than Java 6, such as
 *    picocli's (class-file version 49; JDK-8261090). The class list is the JDK's own default list plus the classes
 *    loaded by a few training runs of the CLI, so commands outside the training lose nothing against the JDK's
 *    default archive.
 * Every step must succeed: a failed training run or dump fails the build; the archive is then mapped once with
 * -Xshare:on, which fails when the JVM cannot use it. Logs: TARGET/cds-training.log.
 */

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public final class CdsArchive {
  private static final String MAIN = "io.github.livskraft.cli.Main";

  /**
   * The training runs: the measured start-up command and its JSON form (both without picocli's model, see
   * QuickLookup), a command through picocli, and root help (every command's model).
   */
  private static final List<List<String>> TRAINING = List.of(
      List.of("catalogue", "goal", "1"),
      List.of("catalogue", "target", "3.8", "--json"),
      List.of("catalogue", "search", "klima", "--lang", "nb"),
      List.of("--help"));

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: CdsArchive TARGET CLI_JAR LIB_CLASSPATH_FILE");
    }
    Path target = Path.of(args[0]).toRealPath(); // physical, as the launcher's pwd -P
    String cliJar = args[1];
    String libs = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();

    List<String> relative = new ArrayList<>();
    relative.add(cliJar);
    for (String entry : libs.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        relative.add(entry.replace('\\', '/'));
      }
    }
    List<String> absolute = new ArrayList<>();
    for (String entry : relative) {
      Path file = target.resolve(entry);
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("class path entry missing: " + file);
      }
      absolute.add(file.toString());
    }
    // line 2: the directory the archive was written for (JDK 17 checks the class path by absolute paths, and a
    // mismatch turns off class-data sharing altogether; the launcher then leaves the archive out)
    Files.writeString(target.resolve("livskraft.classpath"), String.join(":", relative) + "\n" + target + "\n",
        StandardCharsets.UTF_8);
    String classPath = String.join(File.pathSeparator, absolute);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = target.resolve("cds-training.log");
    Files.deleteIfExists(log);
    Path work = Files.createTempDirectory(target, "cds");
    Path archive = target.resolve("livskraft.jsa");
    try {
      Set<String> lines = new LinkedHashSet<>();
      Path jdkList = Path.of(System.getProperty("java.home"), "lib", "classlist");
      if (Files.isRegularFile(jdkList)) {
        addClassList(jdkList, lines);
      }
      int n = 0;
      for (List<String> command : TRAINING) {
        Path list = work.resolve("training-" + n++ + ".classlist");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:off", "-XX:DumpLoadedClassList=" + list,
            "-cp", classPath, MAIN));
        cmd.addAll(command);
        run(cmd, target, log);
        addClassList(list, lines);
      }
      Path merged = work.resolve("livskraft.classlist");
      Files.write(merged, lines, StandardCharsets.UTF_8);
      Files.deleteIfExists(archive);
      run(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + merged, "-XX:SharedArchiveFile=" + archive,
          "-cp", classPath), target, log);
      // -Xshare:on fails when the archive cannot be mapped or does not match this class path
      run(List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-cp", classPath, MAIN, "--version"),
          target, log);
      Files.writeString(target.resolve("livskraft.classlist"), String.join("\n", lines) + "\n",
          StandardCharsets.UTF_8);
    } finally {
      try (var files = Files.list(work)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.delete(p);
        }
      }
      Files.delete(work);
    }
  }

  /**
   * Adds a class list's lines to the merged list. Newer JDKs (25) number every class ({@code "a/B id: 721"}), and
   * the numbers of separate training runs collide ("Duplicated ID"), so the numbers are dropped: for classes of the
   * built-in loaders they are optional. Entries of classes from other loaders ({@code super:}/{@code source:}),
   * which need them, are left out (the CLI has none).
   */
  private static void addClassList(Path list, Set<String> lines) throws IOException {
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.contains(" super: ") || line.contains(" source: ")) {
        continue;
      }
      int id = line.startsWith("@") ? -1 : line.indexOf(" id: ");
      lines.add(id < 0 ? line : line.substring(0, id));
    }
  }

  private static void run(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
    Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IllegalStateException("exit code " + rc + " from " + String.join(" ", command) + " (see " + log
          + ")");
    }
  }
}

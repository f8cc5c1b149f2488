package io.github.livskraft.kostra.internal.cache;

import io.github.livskraft.sdg.internal.io.AtomicFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A directory of cached responses: {@code <sha256 of key>.body} plus {@code .meta} (JSON: key, table
 * {@code updated}, time stored, SHA-256 of the body). Files are written to a temporary name and moved into place,
 * so a crash never leaves a half-written entry; an entry whose body does not match its recorded hash is a miss.
 * Thread-safe for concurrent readers and writers (last writer wins).
 */
public final class DiskCache {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path directory;

  /**
   * A cached response.
   *
   * @param body the bytes
   * @param updated the table's {@code updated} time stamp when stored, empty if unknown
   * @param storedAt when it was stored
   */
  public record Entry(byte[] body, String updated, Instant storedAt) {}

  /**
   * Creates a cache over a directory (created on first write).
   *
   * @param directory the directory
   */
  public DiskCache(Path directory) {
    this.directory = directory;
  }

  /** @return the directory */
  public Path directory() {
    return directory;
  }

  /**
   * Looks an entry up.
   *
   * @param key the key (the canonical request)
   * @return the entry, or empty on a miss or a damaged entry
   */
  public Optional<Entry> find(String key) {
    String h = sha256(key.getBytes(StandardCharsets.UTF_8));
    Path body = directory.resolve(h + ".body");
    Path meta = directory.resolve(h + ".meta");
    if (!Files.isRegularFile(body) || !Files.isRegularFile(meta)) {
      return Optional.empty();
    }
    try {
      JsonNode m = JSON.readTree(meta.toFile());
      byte[] bytes = Files.readAllBytes(body);
      if (!key.equals(m.path("key").asText()) || !sha256(bytes).equals(m.path("sha256").asText())) {
        return Optional.empty();
      }
      return Optional.of(new Entry(bytes, m.path("updated").asText(""),
          Instant.parse(m.path("storedAt").asText())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Stores an entry atomically.
   *
   * @param key the key
   * @param body the bytes
   * @param updated the table's {@code updated} stamp, or empty
   * @param now the time stored
   * @throws UncheckedIOException if the directory cannot be written
   */
  public void put(String key, byte[] body, String updated, Instant now) {
    String h = sha256(key.getBytes(StandardCharsets.UTF_8));
    try {
      Files.createDirectories(directory);
      ObjectNode m = JSON.createObjectNode();
      m.put("key", key);
      m.put("updated", updated);
      m.put("storedAt", now.toString());
      m.put("sha256", sha256(body));
      writeAtomically(directory.resolve(h + ".body"), body);
      writeAtomically(directory.resolve(h + ".meta"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
    } catch (IOException e) {
      throw new io.github.livskraft.kostra.KostraException(io.github.livskraft.kostra.KostraErrorCode.CACHE_WRITE_FAILED,
          e, directory, e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile()
              : directory);
    }
  }

  /**
   * Marks an entry as checked now (keeps the body).
   *
   * @param key the key
   * @param entry the entry
   * @param now the time
   */
  public void touch(String key, Entry entry, Instant now) {
    put(key, entry.body(), entry.updated(), now);
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    AtomicFiles.write(target, out -> out.write(bytes));
  }

  /**
   * Hex SHA-256.
   *
   * @param bytes the input
   * @return 64 hex digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

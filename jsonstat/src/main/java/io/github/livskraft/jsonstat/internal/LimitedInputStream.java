package io.github.livskraft.jsonstat.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails with {@link LimitExceededException} once more than a given number of bytes is read. */
public final class LimitedInputStream extends FilterInputStream {
  private final long maxBytes;
  private long count;

  /**
   * Wraps a stream.
   *
   * @param in the stream
   * @param maxBytes the most bytes that may be read
   */
  public LimitedInputStream(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    add(s);
    return s;
  }

  private void add(long n) throws LimitExceededException {
    count += n;
    if (count > maxBytes) {
      throw new LimitExceededException(maxBytes);
    }
  }

  /** Thrown (as an {@link IOException}, so it passes through Jackson) when the byte limit is exceeded. */
  public static final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    LimitExceededException(long limit) {
      super("more than " + limit + " bytes");
      this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
      return limit;
    }
  }
}

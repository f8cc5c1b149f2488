package io.github.livskraft.kostra.internal.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler that refuses a body over a byte limit: at once when {@code Content-Length} declares more, otherwise
 * as soon as the bytes counted while streaming pass the limit (the subscription is cancelled, so the rest is never
 * read). The bytes kept are at most the limit.
 */
final class LimitedBody implements HttpResponse.BodyHandler<byte[]> {
  private final long limit;

  LimitedBody(long limit) {
    this.limit = limit;
  }

  /** Thrown (as the body's failure) when the limit is exceeded. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;
    private final long declared;

    TooLarge(long limit, long declared) {
      super(declared >= 0 ? "Content-Length " + declared + " is over the limit of " + limit + " bytes"
          : "more than " + limit + " bytes arrived");
      this.limit = limit;
      this.declared = declared;
    }

    long limit() {
      return limit;
    }

    /** @return the declared length, or -1 when the limit was passed while counting */
    long declared() {
      return declared;
    }
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
    return new Subscriber(limit, declared > limit ? declared : -1L);
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long limit;
    private final long refusedDeclared;
    private final List<byte[]> chunks = new ArrayList<>();
    private long total;
    private Flow.@org.jspecify.annotations.Nullable Subscription subscription;

    Subscriber(long limit, long refusedDeclared) {
      this.limit = limit;
      this.refusedDeclared = refusedDeclared;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (refusedDeclared >= 0) {
        s.cancel();
        result.completeExceptionally(new TooLarge(limit, refusedDeclared));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        total += b.remaining();
        if (total > limit) {
          chunks.clear();
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
          result.completeExceptionally(new TooLarge(limit, -1L));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        chunks.add(chunk);
      }
    }

    @Override
    public void onError(Throwable t) {
      chunks.clear();
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      if (result.isDone()) {
        return;
      }
      byte[] all = new byte[(int) total];
      int at = 0;
      for (byte[] c : chunks) {
        System.arraycopy(c, 0, all, at, c.length);
        at += c.length;
      }
      chunks.clear();
      result.complete(all);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}

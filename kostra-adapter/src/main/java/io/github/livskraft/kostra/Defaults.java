package io.github.livskraft.kostra;

import java.net.URI;
import java.time.Duration;

/**
 * Every default that talks to Statistics Norway (SSB) in one place: base URLs, limits and attribution.
 *
 * <p>Values are those documented by SSB (PxWebApi user guides, KLASS API guide) or observed and written down
 * with a date; see {@code docs/ssb.md}. Override them per client through {@link SsbConnection.Builder}.
 */
public final class Defaults {
  private Defaults() {}

  /** PxWebApi 2.0 base URL (primary API): {@value}. */
  public static final String PXWEB_V2_BASE = "https://data.ssb.no/api/pxwebapi/v2/";
  /** PxWebApi 1 base URL (fallback; SSB's path says {@code v0}): {@value}. */
  public static final String PXWEB_V1_BASE = "https://data.ssb.no/api/v0/";
  /** KLASS classification API base URL: {@value}. */
  public static final String KLASS_BASE = "https://data.ssb.no/api/klass/v1/";

  /** Largest number of cells SSB returns in one extract, empty cells included: {@value}. */
  public static final long MAX_CELLS = 800_000L;
  /** Largest number of selected values in one PxWebApi v1 query: {@value}. */
  public static final int MAX_VALUES_V1 = 50_000;
  /**
   * Largest response body accepted by default: 64 MiB ({@value} bytes). SSB's largest extract (800,000 cells) is
   * well below it; raise it with {@link SsbConnection.Builder#maxResponseBytes(long)} for other PxWeb sites.
   */
  public static final long MAX_RESPONSE_BYTES = 64L << 20;
  /** Longest GET URL we send; SSB answers 404 beyond about 2,100 characters: {@value}. */
  public static final int MAX_GET_URL_LENGTH = 2_000;

  /** Requests allowed per {@link #RATE_LIMIT_WINDOW} per IP address (SSB's user guide): {@value}. */
  public static final int RATE_LIMIT_REQUESTS = 30;
  /** The rate-limit window: 60 seconds. */
  public static final Duration RATE_LIMIT_WINDOW = Duration.ofSeconds(60);
  /** Time-out for one request; SSB itself gives up after about 60 seconds: 90 seconds. */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
  /** Time-out for opening a connection: 10 seconds. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** SSB's attribution text in Norwegian: {@value}. */
  public static final String ATTRIBUTION_NB = "Kilde: Statistisk sentralbyrå";
  /** SSB's attribution text in English: {@value}. */
  public static final String ATTRIBUTION_EN = "Source: Statistics Norway";
  /** Licence of SSB statistics and KLASS: {@value}. */
  public static final String LICENCE = "CC BY 4.0";
  /** Where SSB states the licence. */
  public static final URI LICENCE_URI = URI.create("https://www.ssb.no/en/diverse/lisens");

  /** The KLASS classification of municipalities (Standard for kommuneinndeling): {@value}. */
  public static final int KLASS_MUNICIPALITIES = 131;
  /** The KLASS classification of counties (Standard for fylkesinndeling): {@value}. */
  public static final int KLASS_COUNTIES = 104;

  /** User-Agent sent with every request. */
  public static final String USER_AGENT = "livskraft-kostra-adapter (+https://github.com/livskraft/livskraft)";
}

package io.github.livskraft.kostra.pxweb;

/** Which PxWebApi a client speaks. */
public enum ApiVersion {
  /** PxWebApi 1, URL path {@code /api/v0} (fallback). */
  V1,
  /** PxWebApi 2.0, URL path {@code /api/pxwebapi/v2} (primary). */
  V2
}

package io.github.livskraft.plan.io;

import java.util.Locale;

/** The two file formats. */
public enum PlanFormat {
  /** YAML ({@code .yaml}, {@code .yml}). */
  YAML,
  /** JSON ({@code .json}). */
  JSON;

  /**
   * The format for a file name: {@code .json} is JSON, everything else YAML (YAML is a superset of JSON).
   *
   * @param fileName the file name
   * @return the format
   */
  public static PlanFormat forFileName(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }
}

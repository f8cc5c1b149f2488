package io.github.livskraft.municipalities.internal;

import java.util.Map;

/**
 * The years in which each county number (the first two digits of a kommunenummer) was in use in SSB's
 * classification 104: the 2018 merger of the Trøndelag counties, the 2020 county reform and its 2024 partial
 * reversal. Public facts of Norwegian administrative geography.
 */
public final class CountyEras {
  /** county → {first year, last year}; open-ended counties end in 9999. */
  private static final Map<String, int[]> ERAS = Map.ofEntries(
      Map.entry("01", new int[] {1838, 2019}), Map.entry("02", new int[] {1838, 2019}),
      Map.entry("03", new int[] {1838, 9999}), Map.entry("04", new int[] {1838, 2019}),
      Map.entry("05", new int[] {1838, 2019}), Map.entry("06", new int[] {1838, 2019}),
      Map.entry("07", new int[] {1838, 2019}), Map.entry("08", new int[] {1838, 2019}),
      Map.entry("09", new int[] {1838, 2019}), Map.entry("10", new int[] {1838, 2019}),
      Map.entry("11", new int[] {1838, 9999}), Map.entry("12", new int[] {1838, 2019}),
      Map.entry("14", new int[] {1838, 2019}), Map.entry("15", new int[] {1838, 9999}),
      Map.entry("16", new int[] {1838, 2017}), Map.entry("17", new int[] {1838, 2017}),
      Map.entry("18", new int[] {1838, 9999}), Map.entry("19", new int[] {1838, 2019}),
      Map.entry("20", new int[] {1838, 2019}), Map.entry("21", new int[] {1838, 9999}),
      Map.entry("22", new int[] {1838, 9999}), Map.entry("23", new int[] {1838, 9999}),
      Map.entry("30", new int[] {2020, 2023}), Map.entry("31", new int[] {2024, 9999}),
      Map.entry("32", new int[] {2024, 9999}), Map.entry("33", new int[] {2024, 9999}),
      Map.entry("34", new int[] {2020, 9999}), Map.entry("38", new int[] {2020, 2023}),
      Map.entry("39", new int[] {2024, 9999}), Map.entry("40", new int[] {2024, 9999}),
      Map.entry("42", new int[] {2020, 9999}), Map.entry("46", new int[] {2020, 9999}),
      Map.entry("50", new int[] {2018, 9999}), Map.entry("54", new int[] {2020, 2023}),
      Map.entry("55", new int[] {2024, 9999}), Map.entry("56", new int[] {2024, 9999}));

  private CountyEras() {}

  public static boolean validIn(String county, int year) {
    int[] era = ERAS.get(county);
    return era == null || year >= era[0] && year <= era[1];
  }

  public static String describe(String county) {
    int[] era = ERAS.get(county);
    if (era == null) {
      return "?";
    }
    return (era[0] <= 1838 ? "until " : era[0] + "–") + (era[1] == 9999 ? "today" : String.valueOf(era[1]));
  }
}

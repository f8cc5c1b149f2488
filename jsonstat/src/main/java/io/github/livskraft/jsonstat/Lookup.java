package io.github.livskraft.jsonstat;

import java.util.function.IntFunction;

/**
 * The one way a name is looked up among the names of a cube: a category code or label within a
 * {@link JsonStatDimension}, a dimension id or label within a {@link JsonStatDataset}. The {@code find…} methods of
 * both return the position or empty; the others throw {@link JsonStatErrorCode#UNKNOWN_CATEGORY} or
 * {@link JsonStatErrorCode#UNKNOWN_DIMENSION} naming the name and the ones there are.
 */
final class Lookup {
  private Lookup() {}

  /**
   * The position of the first name equal to {@code key}; failing that, when {@code ignoreCase}, of the first equal
   * to it ignoring case.
   *
   * @param count how many names there are
   * @param name the name at a position
   * @param key the name looked for
   * @param ignoreCase whether a case-insensitive match counts when there is no exact one
   * @return the position, or -1
   */
  static int indexOf(int count, IntFunction<String> name, String key, boolean ignoreCase) {
    for (int i = 0; i < count; i++) {
      if (name.apply(i).equals(key)) {
        return i;
      }
    }
    if (ignoreCase) {
      for (int i = 0; i < count; i++) {
        if (name.apply(i).equalsIgnoreCase(key)) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * A position that must be there.
   *
   * @param position the position found, or -1
   * @param failure the error to throw when it is -1
   * @return the position
   */
  static int require(int position, java.util.function.Supplier<JsonStatException> failure) {
    if (position < 0) {
      throw failure.get();
    }
    return position;
  }
}

package io.github.livskraft.municipalities;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of KLASS {@code changes} ({@code CodeChangeItem}): a code that changed on a date. No old code means the
 * code was created; no new code means it ceased. The feed mixes renumberings, mergers, splits and boundary
 * transfers; {@link MunicipalityRegistry} classifies them ({@link ChangeKind}).
 *
 * @param oldCode the code before, if any
 * @param oldName the name before, possibly empty
 * @param newCode the code after, if any
 * @param newName the name after, possibly empty
 * @param changeOccurred the day the change took effect, usually 1 January
 */
public record CodeChange(Optional<String> oldCode, String oldName, Optional<String> newCode, String newName,
    LocalDate changeOccurred) {

  /** Validates. */
  public CodeChange {
    Objects.requireNonNull(oldCode, "oldCode");
    Objects.requireNonNull(oldName, "oldName");
    Objects.requireNonNull(newCode, "newCode");
    Objects.requireNonNull(newName, "newName");
    Objects.requireNonNull(changeOccurred, "changeOccurred");
    if (oldCode.isEmpty() && newCode.isEmpty()) {
      throw new MunicipalityArgumentException(MunicipalityErrorCode.CHANGE_WITHOUT_CODE);
    }
  }

  /**
   * A change from one code to another.
   *
   * @param oldCode the code before
   * @param newCode the code after
   * @param name the name (same before and after)
   * @param date the day it took effect
   * @return the change
   */
  public static CodeChange of(String oldCode, String newCode, String name, LocalDate date) {
    return new CodeChange(Optional.of(oldCode), name, Optional.of(newCode), name, date);
  }

  @Override
  public String toString() {
    return oldCode.orElse("–") + " " + oldName + " → " + newCode.orElse("–") + " " + newName + " ("
        + changeOccurred + ")";
  }
}

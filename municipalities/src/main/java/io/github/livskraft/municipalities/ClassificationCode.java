package io.github.livskraft.municipalities;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a KLASS classification as {@code codesAt} or {@code codes} return it (KLASS {@code CodeItem}).
 *
 * @param code the code, e.g. {@code 3303}
 * @param parentCode the parent code, if any
 * @param level the level, e.g. {@code 1}
 * @param name the name, e.g. {@code Kongsberg}
 * @param shortName the short name, possibly empty
 * @param presentationName the presentation name, possibly empty
 * @param validFrom first day of validity within the requested range, if KLASS says
 * @param validTo first day no longer valid (exclusive), if KLASS says
 * @param notes KLASS's notes (Norwegian), possibly empty
 */
public record ClassificationCode(String code, Optional<String> parentCode, String level, String name,
    String shortName, String presentationName, Optional<LocalDate> validFrom, Optional<LocalDate> validTo,
    String notes) {

  /** Validates. */
  public ClassificationCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(parentCode, "parentCode");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(presentationName, "presentationName");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(notes, "notes");
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}

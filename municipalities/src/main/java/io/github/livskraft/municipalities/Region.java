package io.github.livskraft.municipalities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A region that statistics are published for: a municipality, a county, the country, or a named group of
 * municipalities such as Kongsbergregionen or a KOSTRA group.
 *
 * <p>{@link #key()} is the text form used in tidy CSV files and results: {@code 3303} (municipality), {@code F33}
 * (county), {@code NO} (country), or the group id (e.g. {@code kongsbergregionen}, {@code EKG08}).
 * {@link #parse} reads these and SSB's forms {@code K-3303}, {@code EAK}, {@code EKA33}.
 *
 * <pre>{@code
 * Region kongsberg = Region.parse("3303");
 * Region.Group kr = Region.kongsbergregionen();   // the 7 municipalities, 2024 codes
 * kr.members().size();                             // 7
 * }</pre>
 */
public sealed interface Region permits Region.Municipality, Region.County, Region.Country, Region.Group {

  /** The key used in files and results. */
  String key();

  /** The kind of region. */
  RegionKind kind();

  /** A display name (may be empty when not known). */
  String name();

  /**
   * A municipality by number.
   *
   * @param code e.g. {@code "3303"}
   * @return the region
   */
  static Municipality municipality(String code) {
    return new Municipality(MunicipalityCode.parse(code), "");
  }

  /**
   * A county by number.
   *
   * @param code e.g. {@code "33"}
   * @return the region
   */
  static County county(String code) {
    return new County(CountyCode.parse(code), "");
  }

  /** Norway as a whole. */
  static Country norway() {
    return Country.NORWAY;
  }

  /**
   * Kongsbergregionen, the regional council of Kongsberg, Flesberg, Rollag, Nore og Uvdal, Notodden, Hjartdal and
   * Tinn, with the municipality numbers valid from 1 January 2024 (3303, 3334, 3336, 3338, 4005, 4024, 4026).
   * The seven changed numbers in 2020 and 2024 by pure renumbering (same territory).
   */
  static Group kongsbergregionen() {
    return new Group("kongsbergregionen", "Kongsbergregionen",
        List.of("3303", "3334", "3336", "3338", "4005", "4024", "4026").stream().map(MunicipalityCode::parse)
            .toList());
  }

  /**
   * Parses a region key: four digits or {@code K-dddd} (municipality), {@code Fdd}, {@code F-dd} or
   * {@code EKAdd} (county), {@code NO}, {@code 0} or {@code EAK} (country); anything else that is a simple id
   * ({@code [A-Za-z0-9._-]+}) is a group whose members are not known.
   *
   * @param text the key
   * @return the region
   * @throws MunicipalityArgumentException ({@code MUN-0033}, an {@link IllegalArgumentException}) naming the
   *     text and the accepted forms
   */
  static Region parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    String up = t.toUpperCase(Locale.ROOT);
    if (t.matches("[0-9]{4}") || up.matches("K-[0-9]{4}")) {
      return new Municipality(MunicipalityCode.parseLenient(t), "");
    }
    if (up.matches("F-?[0-9]{2}") || up.matches("EKA[0-9]{2}")) {
      return new County(CountyCode.parse(up.substring(up.length() - 2)), "");
    }
    if (up.equals("NO") || up.equals("0") || up.equals("EAK")) {
      return Country.NORWAY;
    }
    if (Group.ID.matcher(t).matches() && !t.matches("[0-9]+")) {
      return new Group(t, t, List.of());
    }
    throw new MunicipalityArgumentException(MunicipalityErrorCode.INVALID_REGION, text);
  }

  /**
   * A municipality.
   *
   * @param code the municipality number
   * @param name the name, or empty
   */
  record Municipality(MunicipalityCode code, String name) implements Region {
    /** Checks for nulls. */
    public Municipality {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String key() {
      return code.value();
    }

    @Override
    public RegionKind kind() {
      return RegionKind.MUNICIPALITY;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * A county.
   *
   * @param code the county number
   * @param name the name, or empty
   */
  record County(CountyCode code, String name) implements Region {
    /** Checks for nulls. */
    public County {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String key() {
      return "F" + code.value();
    }

    @Override
    public RegionKind kind() {
      return RegionKind.COUNTY;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * The country.
   *
   * @param name the name
   */
  record Country(String name) implements Region {
    /** Norway. */
    public static final Country NORWAY = new Country("Norge");

    /** Checks for nulls. */
    public Country {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String key() {
      return "NO";
    }

    @Override
    public RegionKind kind() {
      return RegionKind.COUNTRY;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * A named group of municipalities (region council, KOSTRA group, peer set).
   *
   * @param id the id, e.g. {@code kongsbergregionen}
   * @param name the display name
   * @param members the member municipalities (may be empty when only the key is known)
   */
  record Group(String id, String name, List<MunicipalityCode> members) implements Region {
    static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

    /** Validates the id and copies the members (duplicates rejected). */
    public Group {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      members = List.copyOf(Objects.requireNonNull(members, "members"));
      if (!ID.matcher(id).matches()) {
        throw new MunicipalityArgumentException(MunicipalityErrorCode.INVALID_GROUP_ID, id);
      }
      Set<MunicipalityCode> seen = new HashSet<>();
      for (MunicipalityCode m : members) {
        if (!seen.add(m)) {
          throw new MunicipalityArgumentException(MunicipalityErrorCode.DUPLICATE_GROUP_MEMBER, id, m);
        }
      }
    }

    @Override
    public String key() {
      return id;
    }

    @Override
    public RegionKind kind() {
      return RegionKind.GROUP;
    }

    @Override
    public String toString() {
      return key();
    }
  }
}

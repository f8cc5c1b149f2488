package io.github.livskraft.plan.calendar;

import io.github.livskraft.plan.EventKind;
import io.github.livskraft.plan.Milestone;
import io.github.livskraft.plan.PlanErrorCode;
import io.github.livskraft.plan.Recurrence;
import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.internal.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * iCalendar (RFC 5545) export and import of an årshjul through ical4j, so that a calendar program shows it.
 *
 * <p>Export writes one {@code VEVENT} per occurrence: an all-day event for a day, an all-day event spanning the
 * month for a month-precision occurrence ({@code X-LIVSKRAFT-PRECISION:MONTH}), and a timed event with
 * {@code TZID=Europe/Oslo} and a {@code VTIMEZONE} for timed ones. The plan, event id, kind, body and rule are kept
 * in {@code X-LIVSKRAFT-*} properties (and, readably, in {@code DESCRIPTION} and {@code CATEGORIES}), so that
 * {@link #read} gives back the same entries. Events without dates ({@link UnscheduledEvent}) are not exported.
 *
 * <p>Import reads any iCalendar text with ical4j's parser; events from other programs come back with an empty plan
 * id, the {@code UID} as event id and kind {@link EventKind#MEETING}. Limits: at most {@link #MAX_BYTES} characters
 * (checked before parsing) and {@link #MAX_EVENTS} events.
 */
public final class IcsCalendar {
  /** The largest calendar text read: 8 MiB. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;
  /** The most events read from one calendar. */
  public static final int MAX_EVENTS = 50_000;

  private static final String X_PLAN = "X-LIVSKRAFT-PLAN";
  private static final String X_EVENT = "X-LIVSKRAFT-EVENT";
  private static final String X_KIND = "X-LIVSKRAFT-KIND";
  private static final String X_BODY = "X-LIVSKRAFT-BODY";
  private static final String X_RULE = "X-LIVSKRAFT-RULE";
  private static final String X_PRECISION = "X-LIVSKRAFT-PRECISION";

  private IcsCalendar() {}

  /**
   * The årshjul as iCalendar text in bokmål, stamped now.
   *
   * @param cycle the expanded årshjul
   * @return the text (CRLF line endings, folded as RFC 5545 requires)
   * @see #write(AnnualCycle, Instant, Language)
   */
  public static String write(AnnualCycle cycle) {
    return write(cycle, Instant.now(), Language.NB);
  }

  /**
   * The årshjul as iCalendar text in bokmål (the language of the plans Livskraft reads; pass a {@link Language}
   * for another).
   *
   * @param cycle the expanded årshjul
   * @param stamp the {@code DTSTAMP} of every event (when the calendar was made)
   * @return the text
   */
  public static String write(AnnualCycle cycle, Instant stamp) {
    return write(cycle, stamp, Language.NB);
  }

  /**
   * The årshjul as iCalendar text, its readable parts in a language: the {@code CATEGORIES} (the event kind's
   * label), and the {@code DESCRIPTION}'s labels ("Organ", "Gjentakelse", "Plan" in bokmål; "Body", "Recurrence",
   * "Plan" in English) and the recurrence described in words ({@link Recurrence#describe(Language)}); the
   * {@code PRODID} ends in {@code //NB}, {@code //NN} or {@code //EN}. The machine-readable
   * {@code X-LIVSKRAFT-*} properties, which {@link #read} uses, are the same in every language (the rule as written
   * in the plan). Titles and bodies are the plan's own text and are not translated.
   *
   * @param cycle the expanded årshjul
   * @param stamp the {@code DTSTAMP} of every event (when the calendar was made)
   * @param language the language of the readable parts
   * @return the text
   */
  public static String write(AnnualCycle cycle, Instant stamp, Language language) {
    Objects.requireNonNull(language, "language");
    Calendar cal = new Calendar();
    cal.add(new ProdId("-//Livskraft//Aarshjul " + cycle.year() + "//" + language.tag().toUpperCase(Locale.ROOT)));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    boolean timed = cycle.entries().stream().anyMatch(e -> e.start().isPresent());
    if (timed) {
      cal.add(vtimezone(cycle.zone()));
    }
    for (CalendarEntry e : cycle.entries()) {
      cal.add(event(e, stamp, language));
    }
    StringWriter w = new StringWriter();
    try {
      new CalendarOutputter(true).output(cal, w);
    } catch (ValidationException ex) { // a defect of this writer: name what, never ical4j's text
      throw new CalendarException(PlanErrorCode.CALENDAR_WRITE,
          PlanErrorCode.CALENDAR_WRITE.message("iCalendar", PlanErrorCode.CALENDAR_WRITE.fragment("invalid")), ex);
    } catch (IOException ex) {
      throw new CalendarException(PlanErrorCode.CALENDAR_WRITE,
          PlanErrorCode.CALENDAR_WRITE.message("iCalendar", IoReason.of(ex)), ex);
    }
    return w.toString();
  }

  /**
   * Writes the årshjul to a file in bokmål, through a temporary file and an atomic move, so that nothing
   * half-written is left.
   *
   * @param cycle the årshjul
   * @param file the target
   * @param stamp the {@code DTSTAMP}
   * @see #write(AnnualCycle, Path, Instant, Language)
   */
  public static void write(AnnualCycle cycle, Path file, Instant stamp) {
    write(cycle, file, stamp, Language.NB);
  }

  /**
   * Writes the årshjul to a file, its readable parts in a language (see {@link #write(AnnualCycle, Instant,
   * Language)}), through a temporary file and an atomic move, so that nothing half-written is left.
   *
   * @param cycle the årshjul
   * @param file the target
   * @param stamp the {@code DTSTAMP}
   * @param language the language of the readable parts
   * @throws CalendarException {@code PLAN-K004} if the file cannot be written (the reason in our own words, the
   *     {@link IOException} as the cause)
   */
  public static void write(AnnualCycle cycle, Path file, Instant stamp, Language language) {
    String text = write(cycle, stamp, language);
    try {
      AtomicFiles.writeString(file, text);
    } catch (IOException ex) {
      throw new CalendarException(PlanErrorCode.CALENDAR_WRITE,
          PlanErrorCode.CALENDAR_WRITE.message(file, IoReason.of(ex)), ex);
    }
  }


  private static VTimeZone vtimezone(ZoneId zone) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    VTimeZone vtz = registry.getTimeZone(zone.getId()).getVTimeZone();
    return vtz;
  }

  private static VEvent event(CalendarEntry e, Instant stamp, Language language) {
    VEvent ev;
    String uidDate;
    if (e.start().isPresent()) {
      ZonedDateTime s = e.start().get();
      ev = e.end().filter(x -> x.isAfter(s)).map(x -> new VEvent(s, x, e.title())).orElseGet(() -> new VEvent(s, e.title()));
      uidDate = e.earliest().toString();
    } else if (e.date().isPresent()) {
      LocalDate d = e.date().get();
      ev = new VEvent(d, d.plusDays(1), e.title());
      uidDate = d.toString();
    } else {
      YearMonth ym = e.month();
      ev = new VEvent(ym.atDay(1), ym.plusMonths(1).atDay(1), e.title());
      ev.add(new XProperty(X_PRECISION, "MONTH"));
      uidDate = ym.toString();
    }
    ev.replace(new DtStamp(stamp.atOffset(ZoneOffset.UTC).toInstant()));
    ev.add(new Uid(e.planId().orElse("import") + "." + e.eventId() + "." + uidDate + "@livskraft"));
    e.planId().ifPresent(p -> ev.add(new XProperty(X_PLAN, p)));
    ev.add(new XProperty(X_EVENT, e.eventId()));
    ev.add(new XProperty(X_KIND, e.kind().name()));
    e.body().ifPresent(b -> ev.add(new XProperty(X_BODY, b)));
    e.rule().ifPresent(r -> ev.add(new XProperty(X_RULE, r)));
    ev.add(new Categories(e.kind().label(language)));
    List<String> desc = new ArrayList<>();
    e.body().ifPresent(b -> desc.add(label("body", b, language)));
    e.rule().ifPresent(r -> desc.add(label("rule", describe(r, language), language)));
    e.planId().ifPresent(p -> desc.add(label("plan", p, language)));
    if (!desc.isEmpty()) {
      ev.add(new Description(String.join("\n", desc)));
    }
    return ev;
  }

  /** A line of the description, "Organ: formannskapet", from the bundle's {@code IcsCalendar.<what>} pattern. */
  private static String label(String what, String value, Language language) {
    return MessageFragment.of(PlanErrorCode.GENERAL, "IcsCalendar." + what, value).text(language);
  }

  /** The rule in words; a rule this version cannot parse (from another tool) is shown as written. */
  private static String describe(String rule, Language language) {
    try {
      return Recurrence.parse(rule).describe(language);
    } catch (IllegalArgumentException ex) {
      return rule;
    }
  }

  /**
   * Reads iCalendar text.
   *
   * @param text the text
   * @param source a name for messages, e.g. the file name
   * @return the events as entries, in date order
   * @throws CalendarException {@code PLAN-K001} too large, {@code PLAN-K002} not iCalendar, {@code PLAN-K003} an
   *     event without a start
   */
  public static List<CalendarEntry> read(String text, String source) {
    if (text.length() > MAX_BYTES) {
      throw tooLarge(source, text.length());
    }
    return parse(new StringReader(text), source);
  }

  /**
   * Reads an iCalendar file (UTF-8).
   *
   * @param file the file
   * @return the events as entries, in date order
   * @throws CalendarException as {@link #read(String, String)}, and {@code PLAN-K002} if unreadable
   */
  public static List<CalendarEntry> read(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw tooLarge(file.toString(), size);
      }
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return parse(r, file.toString());
      }
    } catch (IOException ex) {
      throw new CalendarException(PlanErrorCode.CALENDAR_INVALID,
          PlanErrorCode.CALENDAR_INVALID.fragment("read", file, IoReason.of(ex)), ex);
    }
  }

  private static CalendarException tooLarge(String source, long size) {
    return new CalendarException(PlanErrorCode.CALENDAR_TOO_LARGE,
        PlanErrorCode.CALENDAR_TOO_LARGE.message(source, size, MAX_BYTES), null);
  }

  private static List<CalendarEntry> parse(Reader reader, String source) {
    Calendar cal;
    try {
      cal = new CalendarBuilder().build(reader);
    } catch (ParserException ex) {
      throw new CalendarException(PlanErrorCode.CALENDAR_INVALID,
          PlanErrorCode.CALENDAR_INVALID.fragment("line", source, ex.getLineNo()), ex);
    } catch (IOException | RuntimeException ex) {
      throw new CalendarException(PlanErrorCode.CALENDAR_INVALID, PlanErrorCode.CALENDAR_INVALID.message(source), ex);
    }
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    if (events.size() > MAX_EVENTS) {
      throw new CalendarException(PlanErrorCode.CALENDAR_TOO_LARGE,
          PlanErrorCode.CALENDAR_TOO_LARGE.fragment("events", source, events.size(), MAX_EVENTS), null);
    }
    List<CalendarEntry> out = new ArrayList<>();
    for (VEvent ev : events) {
      out.add(entry(ev, source));
    }
    out.sort(null);
    return List.copyOf(out);
  }

  private static Optional<String> prop(VEvent ev, String name) {
    return ev.<Property>getProperty(name).map(Property::getValue).filter(v -> !v.isBlank());
  }

  private static CalendarEntry entry(VEvent ev, String source) {
    String uid = prop(ev, Property.UID).orElse("");
    Optional<Temporal> start = ev.getStartDate().map(DateProperty::getDate);
    if (start.isEmpty()) {
      throw new CalendarException(PlanErrorCode.CALENDAR_NO_START, PlanErrorCode.CALENDAR_NO_START.message(source, uid),
          null);
    }
    Optional<Temporal> end = ev.getEndDate(false).map(DateProperty::getDate);
    String title = prop(ev, Property.SUMMARY).orElse("");
    Optional<String> plan = prop(ev, X_PLAN);
    String id = prop(ev, X_EVENT).orElse(uid);
    EventKind kind = prop(ev, X_KIND).flatMap(IcsCalendar::kind).orElse(EventKind.MEETING);
    Optional<String> body = prop(ev, X_BODY);
    Optional<String> rule = prop(ev, X_RULE);
    Temporal s = start.get();
    if (s instanceof LocalDate d) {
      boolean month = prop(ev, X_PRECISION).map(p -> p.equals("MONTH")).orElse(false);
      return new CalendarEntry(plan, id, title, kind, YearMonth.from(d), month ? Optional.empty() : Optional.of(d),
          Optional.empty(), Optional.empty(), body, rule);
    }
    ZoneId zone = ev.getStartDate().flatMap(p -> p.<net.fortuna.ical4j.model.Parameter>getParameter(
        net.fortuna.ical4j.model.Parameter.TZID)).map(net.fortuna.ical4j.model.Parameter::getValue)
        .flatMap(IcsCalendar::javaZone).orElse(AnnualCycle.OSLO);
    ZonedDateTime zs = zoned(s, zone);
    Optional<ZonedDateTime> ze = end.filter(x -> !(x instanceof LocalDate)).map(x -> zoned(x, zone));
    return new CalendarEntry(plan, id, title, kind, YearMonth.from(zs), Optional.of(zs.toLocalDate()),
        Optional.of(zs), ze, body, rule);
  }

  /** ical4j gives zones of its own ids; a TZID that names a Java zone is mapped back to it. */
  private static Optional<ZoneId> javaZone(String tzid) {
    try {
      return Optional.of(ZoneId.of(tzid));
    } catch (java.time.DateTimeException ex) {
      return Optional.empty();
    }
  }

  private static ZonedDateTime zoned(Temporal t, ZoneId zone) {
    if (t instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(zone);
    }
    if (t instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(zone);
    }
    if (t instanceof Instant i) {
      return i.atZone(zone);
    }
    if (t instanceof java.time.LocalDateTime l) {
      return l.atZone(zone);
    }
    return ZonedDateTime.from(t);
  }

  private static Optional<EventKind> kind(String name) {
    try {
      return Optional.of(EventKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
  }

  /**
   * Imported entries as milestones for a plan file: a dated entry keeps its day, a month entry its month.
   *
   * @param entries entries from {@link #read}
   * @return the milestones
   */
  public static List<Milestone> toMilestones(List<CalendarEntry> entries) {
    List<Milestone> out = new ArrayList<>();
    for (CalendarEntry e : entries) {
      String id = (e.eventId() + "-" + e.earliest()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-")
          .replaceAll("^[^a-z0-9]+", "");
      out.add(new Milestone(id.isEmpty() ? "hendelse-" + e.earliest() : id, e.title(), e.date(),
          e.date().isPresent() ? Optional.empty() : Optional.of(e.month()), Optional.empty(), e.body(), List.of()));
    }
    return List.copyOf(out);
  }
}

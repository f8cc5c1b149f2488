/**
 * The årshjul: recurring events and deadlines expanded for a year with Norwegian working days, and iCalendar
 * (RFC 5545) export and import through ical4j.
 */
@NullMarked
package io.github.livskraft.plan.calendar;

import org.jspecify.annotations.NullMarked;

package id.alurkinerja.calendar;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.calendar.CalendarDtos.CalendarRequest;
import id.alurkinerja.calendar.CalendarDtos.CalendarView;
import id.alurkinerja.calendar.CalendarDtos.HolidayRequest;
import id.alurkinerja.calendar.CalendarDtos.HolidayView;
import id.alurkinerja.calendar.CalendarDtos.OfficeDayView;
import id.alurkinerja.calendar.CalendarDtos.OverrideView;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The working-time calendar: read by everyone of the kecamatan, kept by its ADMIN (and the kabupaten's). */
@ApplicationScoped
public class CalendarService {

  @Inject Access access;
  @Inject OrgService org;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<CalendarChanged> changed;

  public CalendarView view(long kecamatanId, int year) {
    Kecamatan k = org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    return viewOf(k, year);
  }

  public Kecamatan kecamatan(long kecamatanId) {
    return org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
  }

  /** Replaces the time zone, the standing week and the overrides. Requires If-Match (the kecamatan's ETag). */
  @Transactional
  public CalendarView replace(long kecamatanId, String ifMatch, CalendarRequest request) {
    Kecamatan k = org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    Grant grant = access.canOrReject(Verb.CALENDAR_MANAGE, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    lockForChange(k, ifMatch);
    if (!Calendars.ZONES.contains(request.timeZone())) {
      throw ProblemException.invalid("timeZone", FieldErrorCode.TIME_ZONE);
    }
    List<OfficeDay> week = days("week", request.week());
    List<OverrideView> overrides = request.overrides().stream()
        .sorted((a, b) -> a.validFrom().compareTo(b.validFrom())).toList();
    for (int i = 0; i < overrides.size(); i++) {
      OverrideView o = overrides.get(i);
      String field = "overrides[" + request.overrides().indexOf(o) + "]";
      if (o.validTo().isBefore(o.validFrom())) {
        throw ProblemException.invalid(field + ".validTo", FieldErrorCode.DATE_RANGE);
      }
      days(field + ".week", o.week());
      if (i > 0 && !overrides.get(i - 1).validTo().isBefore(o.validFrom())) {
        throw ProblemException.invalid(field + ".validFrom", FieldErrorCode.OVERRIDES_OVERLAP,
            Map.of("name", overrides.get(i - 1).name().trim()));
      }
    }
    OfficeSchedule.delete("kecamatanId", k.id);
    OfficeSchedule.getEntityManager().flush();
    schedule(k, "Jam kerja", null, null, week);
    for (OverrideView o : overrides) {
      schedule(k, o.name().trim(), o.validFrom(), o.validTo(), days("week", o.week()));
    }
    k.timeZone = request.timeZone();
    touched(List.of(k));
    audit.record(access.user(), grant, AuditLog.Entry.of("calendar.replace", "kecamatan", k.id, k.kabupatenId,
        k.id).details(AuditDetails.builder().setting(request.timeZone()).units(overrides.size()).build()));
    return viewOf(k, LocalDate.now(clock.withZone(Calendars.zoneOf(k))).getYear());
  }

  /** Adds a day off for the kecamatan, or (scope KABUPATEN, a kabupaten ADMIN) for its whole kabupaten. */
  @Transactional
  public HolidayView addHoliday(long kecamatanId, HolidayRequest request) {
    Kecamatan k = org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    Grant grant = access.canOrReject(Verb.CALENDAR_MANAGE, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    boolean kabupatenWide = request.scope() == HolidayScope.KABUPATEN;
    if (request.scope() == HolidayScope.NATIONAL) {
      throw ProblemException.forbidden("National holidays come with the release (the SKB of the three "
          + "ministers); add the day for the kecamatan or the kabupaten");
    }
    if (kabupatenWide && !kabupatenAdmin(k.kabupatenId)) {
      throw ProblemException.forbidden("Only a kabupaten ADMIN adds days off for the whole kabupaten");
    }
    List<Kecamatan> affected = kabupatenWide ? Kecamatan.ofKabupaten(k.kabupatenId) : List.of(k);
    affected.forEach(a -> Kecamatan.getEntityManager().lock(a, LockModeType.PESSIMISTIC_WRITE));
    Holiday same = Holiday.applyingTo(k.kabupatenId, k.id).stream().filter(h -> h.day.equals(request.day()))
        .filter(h -> !kabupatenWide || h.scope() != HolidayScope.KECAMATAN).findFirst().orElse(null);
    if (same != null) {
      throw ProblemException.invalid("day", FieldErrorCode.HOLIDAY_EXISTS,
          Map.of("day", request.day().toString(), "name", same.name));
    }
    Holiday h = new Holiday();
    h.kabupatenId = kabupatenWide ? k.kabupatenId : null;
    h.kecamatanId = kabupatenWide ? null : k.id;
    h.day = request.day();
    h.kind = request.kind();
    h.name = request.name().trim();
    h.source = request.source() == null || request.source().isBlank() ? null : request.source().trim();
    h.createdBy = access.user().id();
    h.persist();
    touched(affected);
    audit.record(access.user(), grant, AuditLog.Entry.of("calendar.holiday.add", "holiday", h.id, k.kabupatenId,
        kabupatenWide ? null : k.id).details(AuditDetails.builder().name(h.name).period(h.day, h.day)
            .setting(h.kind.name()).build()));
    return HolidayView.of(h);
  }

  public HolidayView holiday(long holidayId) {
    return HolidayView.of(visibleHoliday(holidayId));
  }

  /** Removes a kecamatan's or kabupaten's day off; national days stay. */
  @Transactional
  public void removeHoliday(long holidayId) {
    Holiday h = visibleHoliday(holidayId);
    if (h.scope() == HolidayScope.NATIONAL) {
      throw ProblemException.forbidden("National holidays come with the release and cannot be removed here");
    }
    List<Kecamatan> affected = h.kecamatanId != null ? List.of(Kecamatan.<Kecamatan>findById(h.kecamatanId))
        : Kecamatan.ofKabupaten(h.kabupatenId);
    Kecamatan first = affected.get(0);
    Grant grant = access.canOrReject(Verb.CALENDAR_MANAGE, OrgService.targetOf(first), "Holiday " + holidayId);
    if (h.scope() == HolidayScope.KABUPATEN && !kabupatenAdmin(h.kabupatenId)) {
      throw ProblemException.forbidden("Only a kabupaten ADMIN removes days off of the whole kabupaten");
    }
    affected.forEach(a -> Kecamatan.getEntityManager().lock(a, LockModeType.PESSIMISTIC_WRITE));
    h.delete();
    touched(affected);
    audit.record(access.user(), grant, AuditLog.Entry.of("calendar.holiday.remove", "holiday", h.id,
        first.kabupatenId, h.kecamatanId).details(AuditDetails.builder().name(h.name).period(h.day, h.day).build()));
  }

  private Holiday visibleHoliday(long holidayId) {
    Holiday h = Holiday.findById(holidayId);
    boolean visible = h != null && (h.scope() == HolidayScope.NATIONAL
        || h.kecamatanId != null && access.sees(OrgService.targetOf(Kecamatan.findById(h.kecamatanId)))
        || h.kabupatenId != null && access.user().grants().stream().anyMatch(g -> g.kabupatenId() == h.kabupatenId));
    if (!visible) {
      throw ProblemException.notFound("Holiday " + holidayId);
    }
    return h;
  }

  private boolean kabupatenAdmin(long kabupatenId) {
    return access.user().grants().stream()
        .anyMatch(g -> g.role() == Role.ADMIN && g.kecamatanId() == null && g.kabupatenId() == kabupatenId);
  }

  private static void lockForChange(Kecamatan k, String ifMatch) {
    Kecamatan.getEntityManager().refresh(k, LockModeType.PESSIMISTIC_WRITE);
    ETags.require(ifMatch, k.version);
  }

  /** The calendar belongs to the kecamatan: its version moves, and open work's due times follow. */
  private void touched(List<Kecamatan> affected) {
    for (Kecamatan a : affected) {
      a.updatedAt = clock.instant();
    }
    Kecamatan.getEntityManager().flush();
    changed.fire(new CalendarChanged(affected.stream().map(a -> a.id).toList()));
  }

  private void schedule(Kecamatan k, String name, LocalDate from, LocalDate to, List<OfficeDay> days) {
    OfficeSchedule s = new OfficeSchedule();
    s.kecamatanId = k.id;
    s.name = name;
    s.validFrom = from;
    s.validTo = to;
    s.createdBy = access.user().id();
    s.days = new ArrayList<>(days);
    s.persist();
  }

  private static List<OfficeDay> days(String field, List<OfficeDayView> views) {
    Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
    List<OfficeDay> out = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      OfficeDayView v = views.get(i);
      if (!seen.add(v.weekday())) {
        throw ProblemException.invalid(field + "[" + i + "].weekday", FieldErrorCode.WEEKDAY_TWICE,
            Map.of("weekday", v.weekday().name()));
      }
      try {
        out.add(OfficeDay.of(v.weekday().getValue(), new DayHours(v.opens(), v.closes(), v.breakStarts(),
            v.breakEnds())));
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid(field + "[" + i + "]", FieldErrorCode.OFFICE_HOURS);
      }
    }
    if (out.isEmpty()) {
      throw ProblemException.invalid(field, FieldErrorCode.WEEK_WITHOUT_WORKING_DAY);
    }
    out.sort((a, b) -> Integer.compare(a.weekday, b.weekday));
    return out;
  }

  CalendarView viewOf(Kecamatan k, int year) {
    List<OfficeDayView> week = null;
    List<OverrideView> overrides = new ArrayList<>();
    for (OfficeSchedule s : OfficeSchedule.of(k.id)) {
      if (s.standing()) {
        week = views(s.days);
      } else {
        overrides.add(new OverrideView(s.id, s.name, s.validFrom, s.validTo, views(s.days)));
      }
    }
    boolean defaultWeek = week == null;
    if (defaultWeek) {
      week = WeekHours.DEFAULT.days().entrySet().stream().map(e -> new OfficeDayView(e.getKey(),
          e.getValue().opens(), e.getValue().closes(), e.getValue().breakStarts(), e.getValue().breakEnds())).toList();
    }
    List<HolidayView> holidays = Holiday.applyingTo(k.kabupatenId, k.id).stream()
        .filter(h -> h.day.getYear() == year).map(HolidayView::of).toList();
    return new CalendarView(k.id, Calendars.zoneOf(k).getId(), week, defaultWeek, overrides, holidays, year);
  }

  private static List<OfficeDayView> views(List<OfficeDay> days) {
    return days.stream().map(d -> new OfficeDayView(DayOfWeek.of(d.weekday), d.opens, d.closes, d.breakStarts,
        d.breakEnds)).toList();
  }
}

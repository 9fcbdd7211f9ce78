package vn.motcua.server.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.CalendarImportResult;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.RefusedException;

/**
 * The working calendar is one for the whole installation (every office follows the same government decisions),
 * so changing it needs an administrator, of any office, rather than of one named office.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "Working days: holidays, compensatory days and the year's government decisions")
class CalendarController {

    private static final String ADMIN_CALLERS = "Callers: ADMIN of any office (the calendar is the installation's, "
            + "shared by all its offices); 401 without a token, 403 for anyone else.";

    private final Access access;
    private final WorkingCalendar calendar;

    CalendarController(Access access, WorkingCalendar calendar) {
        this.access = access;
        this.calendar = calendar;
    }

    @GetMapping("/{year}")
    @Operation(
            summary = "Every day of a year that is not an ordinary weekday, with its reason",
            description = "Callers: any signed-in staff member or device; 401 without a token. Reasons: HOLIDAY, "
                    + "COMPENSATORY (Bộ luật Lao động 2019, Điều 111 khoản 3), DECIDED_DAY_OFF, DECIDED_WORKING_DAY "
                    + "(with the default it replaces) and, with weekends=true, WEEKEND.")
    List<CalendarDay> year(@PathVariable int year, @RequestParam(defaultValue = "false") boolean weekends) {
        access.caller();
        return supported(() -> calendar.year(year, weekends));
    }

    @GetMapping("/{year}/adjustments")
    @Operation(
            summary = "The government decisions recorded for a year, in date order",
            description = "Callers: any signed-in staff member or device; 401 without a token.")
    List<CalendarAdjustmentView> adjustments(@PathVariable int year) {
        access.caller();
        return supported(() -> calendar.adjustments(year)).stream()
                .map(CalendarController::view)
                .toList();
    }

    @PostMapping("/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a decision for one day: a day off or a working day",
            description = ADMIN_CALLERS + " 400 when the day would not change (a DAY_OFF on a day already off, a "
                    + "WORKING_DAY on an ordinary weekday); 409 CALENDAR_DAY_ADJUSTED when the day already has one.")
    CalendarAdjustmentView add(@RequestBody CalendarAdjustmentView request) {
        requireAdmin();
        CalendarAdjustment adjustment = checked(request, "");
        try {
            calendar.addAdjustment(adjustment);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof DuplicateKeyException) {
                throw new RefusedException(HttpStatus.CONFLICT, "CALENDAR_DAY_ADJUSTED", e.getMessage());
            }
            throw new BadRequestException("day", e.getMessage());
        }
        return view(adjustment);
    }

    @DeleteMapping("/adjustments/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove the decision recorded for a day, restoring the statutory default",
            description = ADMIN_CALLERS + " 404 when the day has none.")
    void remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        requireAdmin();
        if (!calendar.removeAdjustment(day)) {
            throw new NotFoundException("calendar adjustment", day);
        }
    }

    @PostMapping(value = "/adjustments/import", consumes = "text/csv")
    @Operation(
            summary = "Record a year's decisions from a CSV file",
            description = ADMIN_CALLERS + " Header: day,kind,note; day as 2026-08-31 or 31/08/2026; kind DAY_OFF "
                    + "or WORKING_DAY. A line identical to a recorded decision is left as it is. Nothing is recorded "
                    + "when any line is wrong: 400 INVALID_CALENDAR_FILE lists every problem with its line.")
    CalendarImportResult importCsv(@RequestBody(required = false) String csv) {
        requireAdmin();
        CalendarFile.Parsed parsed = CalendarFile.parse(csv);
        if (!parsed.problems().isEmpty()) {
            throw invalidFile(parsed.problems().stream()
                    .map(CalendarFile.LineProblem::asMap)
                    .toList());
        }
        WorkingCalendar.ImportOutcome outcome = calendar.importAdjustments(parsed.entries());
        if (!outcome.problems().isEmpty()) {
            throw invalidFile(outcome.problems().stream()
                    .map(p -> Map.of(
                            "line",
                            String.valueOf(parsed.lines().get(p.index())),
                            "field",
                            "day",
                            "message",
                            p.message()))
                    .toList());
        }
        return new CalendarImportResult(outcome.added(), outcome.unchanged());
    }

    @PostMapping(value = "/adjustments/import", consumes = "application/json")
    @Operation(
            summary = "Record a year's decisions from a JSON list of {day, kind, note}",
            description = ADMIN_CALLERS + " As the CSV import; problems name the entry by its index from 0.")
    CalendarImportResult importJson(@RequestBody List<CalendarAdjustmentView> request) {
        requireAdmin();
        if (request == null || request.isEmpty()) {
            throw new BadRequestException("", "the list has no days");
        }
        List<CalendarAdjustment> entries = new ArrayList<>();
        for (int i = 0; i < request.size(); i++) {
            entries.add(checked(request.get(i), i + "."));
        }
        WorkingCalendar.ImportOutcome outcome = calendar.importAdjustments(entries);
        if (!outcome.problems().isEmpty()) {
            throw invalidFile(outcome.problems().stream()
                    .map(p -> Map.of("field", p.index() + ".day", "message", p.message()))
                    .toList());
        }
        return new CalendarImportResult(outcome.added(), outcome.unchanged());
    }

    private void requireAdmin() {
        Caller caller = access.caller();
        if (caller.officeIds().stream().noneMatch(office -> caller.holds(office, Role.ADMIN))) {
            throw new AccessDeniedException("Only an administrator may change the working calendar");
        }
    }

    private static CalendarAdjustment checked(CalendarAdjustmentView request, String prefix) {
        if (request == null) {
            throw new BadRequestException(
                    prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), "the decision is required");
        }
        if (request.day() == null) {
            throw new BadRequestException(prefix + "day", "day is required");
        }
        if (request.kind() == null) {
            throw new BadRequestException(prefix + "kind", "kind is required (DAY_OFF or WORKING_DAY)");
        }
        try {
            return new CalendarAdjustment(
                    request.day(),
                    CalendarAdjustment.Kind.valueOf(request.kind().name()),
                    request.note());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(prefix + "note", e.getMessage());
        }
    }

    private static <T> T supported(Supplier<T> year) {
        try {
            return year.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("year", e.getMessage());
        }
    }

    private static RefusedException invalidFile(List<Map<String, String>> errors) {
        return new RefusedException(
                HttpStatus.BAD_REQUEST,
                "INVALID_CALENDAR_FILE",
                errors.size() + " problem(s) in the file; nothing was recorded.",
                Map.of("errors", errors));
    }

    private static CalendarAdjustmentView view(CalendarAdjustment adjustment) {
        return new CalendarAdjustmentView(
                adjustment.day(),
                CalendarAdjustmentView.Kind.valueOf(adjustment.kind().name()),
                adjustment.note());
    }
}

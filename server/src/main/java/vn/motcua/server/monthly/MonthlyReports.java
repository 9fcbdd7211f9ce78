package vn.motcua.server.monthly;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.IndicatorDefinition;
import vn.motcua.client.api.IndicatorInput;
import vn.motcua.client.api.IndicatorLevel;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IndicatorValue;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.NormKind;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.dossier.LateDossiersOfMonth;
import vn.motcua.server.indicator.OfficeMonthIndicators;
import vn.motcua.server.norm.NormBreachesOfMonth;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.queue.AreaServiceTimes;
import vn.motcua.server.report.MonthlyReportDocument;
import vn.motcua.server.report.PdfReports;
import vn.motcua.server.shared.ProblemText;

/**
 * Puts together an office's month from the modules that own each part: the ratings' counts and the QĐ 766 indicators
 * from the indicator module (the same figures as the head's indicator screen), the waiting and service times per area
 * from the queue module, the late dossiers from the dossier module's monthly list. Tables hold numbers as numbers, so
 * the XLSX can compute with them; the PDF prints them in Vietnamese notation.
 */
@Component
class MonthlyReports {

    /** The indicators of QĐ 766 the report shows, with their bands. */
    static final List<String> INDICATORS = List.of("2.1", "2.2", "5.4");

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** A table of the report, in the reader's language; a null cell is a value with no denominator (N/A). */
    record Table(String title, List<String> header, List<List<Object>> rows) {}

    record Report(Office office, YearMonth month, List<Table> tables) {}

    private final OfficeDirectory offices;
    private final OfficeMonthIndicators indicators;
    private final AreaServiceTimes times;
    private final LateDossiersOfMonth late;
    private final NormBreachesOfMonth breaches;
    private final PdfReports pdfs;
    private final ProblemText text;
    private final Clock clock;

    MonthlyReports(
            OfficeDirectory offices,
            OfficeMonthIndicators indicators,
            AreaServiceTimes times,
            LateDossiersOfMonth late,
            NormBreachesOfMonth breaches,
            PdfReports pdfs,
            ProblemText text,
            Clock clock) {
        this.offices = offices;
        this.indicators = indicators;
        this.times = times;
        this.late = late;
        this.breaches = breaches;
        this.pdfs = pdfs;
        this.text = text;
        this.clock = clock;
    }

    Report of(long officeId, YearMonth month) {
        Office office = offices.get(officeId);
        IndicatorReport report = indicators.of(officeId, month);
        Map<String, IndicatorValue> values = report.rows().stream()
                .filter(r -> r.level() == IndicatorLevel.OFFICE)
                .findFirst()
                .orElseThrow()
                .values()
                .stream()
                .collect(Collectors.toMap(IndicatorValue::code, Function.identity()));
        return new Report(
                office,
                month,
                List.of(
                        ratings(values),
                        times(office, month),
                        indicators(values, report.definitions()),
                        late(office, month),
                        norms(office, month)));
    }

    byte[] pdf(Report report) {
        Office office = report.office();
        String agency = office.forms().agencyHeader().isBlank()
                ? office.view().name().toUpperCase(Locale.forLanguageTag("vi"))
                : office.forms().agencyHeader();
        String place = office.forms().locality().isBlank()
                ? office.view().name()
                : office.forms().locality();
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
        numbers.setMaximumFractionDigits(2);
        List<MonthlyReportDocument.Table> tables = report.tables().stream()
                .map(t -> new MonthlyReportDocument.Table(
                        t.title(),
                        t.header(),
                        t.rows().stream()
                                .map(row -> row.stream()
                                        .map(cell -> cell(cell, numbers))
                                        .toList())
                                .toList()))
                .toList();
        return pdfs.monthlyReport(new MonthlyReportDocument(
                agency, office.view().name(), report.month(), place, office.localDay(clock.instant()), tables));
    }

    private String cell(Object value, NumberFormat numbers) {
        if (value == null) {
            return text.text("monthly.notAvailable");
        }
        return value instanceof Number n ? numbers.format(n) : value.toString();
    }

    /** Counts per level and the satisfied share (very satisfied and satisfied), from the evaluation table's inputs. */
    private Table ratings(Map<String, IndicatorValue> values) {
        long very = count(values.get("HL.1"), 0);
        long satisfied = count(values.get("HL.2"), 0);
        long notSatisfied = count(values.get("HL.3"), 0);
        long total = count(values.get("HL.1"), 1);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ratingRow(
                "monthly.ratings.VERY_SATISFIED", very, values.get("HL.1").value()));
        rows.add(ratingRow(
                "monthly.ratings.SATISFIED", satisfied, values.get("HL.2").value()));
        rows.add(ratingRow(
                "monthly.ratings.DISSATISFIED", notSatisfied, values.get("HL.3").value()));
        rows.add(ratingRow("monthly.ratings.total", total, total == 0 ? null : 100.0));
        rows.add(ratingRow(
                "monthly.ratings.satisfiedShare",
                very + satisfied,
                total == 0 ? null : Math.round(10000.0 * (very + satisfied) / total) / 100.0));
        return new Table(
                text.text("monthly.ratings.title"),
                List.of(
                        text.text("monthly.ratings.level"),
                        text.text("monthly.ratings.count"),
                        text.text("monthly.ratings.share")),
                rows);
    }

    private List<Object> ratingRow(String key, long count, Double share) {
        return Arrays.asList(text.text(key), count, share);
    }

    private static long count(IndicatorValue value, int input) {
        return (long) value.inputs().get(input).value();
    }

    private Table times(Office office, YearMonth month) {
        List<List<Object>> rows = times.of(office.id(), month.atDay(1), month.atEndOfMonth()).stream()
                .map(f -> Arrays.<Object>asList(
                        office.area(f.areaId()).map(ServiceAreaView::name).orElse(Long.toString(f.areaId())),
                        f.served(),
                        round(f.medianWaitMinutes()),
                        round(f.averageWaitMinutes()),
                        round(f.medianServiceMinutes()),
                        round(f.averageServiceMinutes())))
                .toList();
        return new Table(
                text.text("monthly.times.title"),
                List.of(
                        text.text("monthly.times.area"),
                        text.text("monthly.times.served"),
                        text.text("monthly.times.medianWait"),
                        text.text("monthly.times.averageWait"),
                        text.text("monthly.times.medianService"),
                        text.text("monthly.times.averageService")),
                rows);
    }

    private Table indicators(Map<String, IndicatorValue> values, List<IndicatorDefinition> definitions) {
        List<List<Object>> rows = new ArrayList<>();
        for (String code : INDICATORS) {
            IndicatorValue v = values.get(code);
            IndicatorDefinition d = definitions.stream()
                    .filter(x -> x.code().equals(code))
                    .findFirst()
                    .orElseThrow();
            String inputs =
                    v.inputs().stream().map(i -> i.label() + ": " + number(i)).collect(Collectors.joining("; "));
            rows.add(Arrays.asList(d.name(), v.value(), v.unit(), v.points(), inputs, d.band()));
        }
        return new Table(
                text.text("monthly.indicators.title"),
                List.of(
                        text.text("monthly.indicators.indicator"),
                        text.text("monthly.indicators.value"),
                        text.text("monthly.indicators.unit"),
                        text.text("monthly.indicators.points"),
                        text.text("monthly.indicators.inputs"),
                        text.text("monthly.indicators.band")),
                rows);
    }

    private static String number(IndicatorInput input) {
        double v = input.value();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private Table late(Office office, YearMonth month) {
        List<List<Object>> rows = late.of(office.id(), month).stream()
                .map(line -> {
                    LateDossier d = line.dossier();
                    String apology = line.apologyIssuedAt() == null
                            ? text.text("monthly.late.noApology")
                            : text.text(
                                    line.apologyLate() ? "monthly.late.apologyLate" : "monthly.late.apology",
                                    AT.format(line.apologyIssuedAt().atZone(office.zone())));
                    return Arrays.<Object>asList(
                            d.code(),
                            d.procedureName(),
                            AT.format(d.dueAt()),
                            d.daysLate(),
                            Optional.ofNullable(d.finishedAt())
                                    .map((Instant at) -> AT.format(at.atZone(office.zone())))
                                    .orElse(text.text("monthly.late.open")),
                            apology);
                })
                .toList();
        return new Table(
                text.text("monthly.late.title"),
                List.of(
                        text.text("monthly.late.code"),
                        text.text("monthly.late.procedure"),
                        text.text("monthly.late.due"),
                        text.text("monthly.late.daysLate"),
                        text.text("monthly.late.finished"),
                        text.text("monthly.late.apologyColumn")),
                rows);
    }

    /**
     * The month's breaches per norm and place (the area of a ticket's wait or service, the idle counter, the office for
     * the queue's length): how often, against which limit (a range where the admin changed it), the worst value, and
     * the minutes they lasted in all (a breach still lasting counts until now). One line per ticket would run to
     * hundreds in a busy month; the breaches themselves are on the head's screen.
     */
    private Table norms(Office office, YearMonth month) {
        Instant now = clock.instant();
        record Place(NormKind kind, String name) {}
        Map<Place, List<NormBreach>> byPlace = breaches.of(office.id(), month).stream()
                .collect(Collectors.groupingBy(b -> new Place(b.kind(), place(office, b))));
        List<List<Object>> rows = byPlace.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(
                        Comparator.comparing(Place::kind).thenComparing(Place::name)))
                .map(e -> {
                    List<NormBreach> list = e.getValue();
                    int lowest = list.stream().mapToInt(NormBreach::limit).min().orElseThrow();
                    int highest =
                            list.stream().mapToInt(NormBreach::limit).max().orElseThrow();
                    long minutes = list.stream()
                            .mapToLong(b -> Duration.between(b.startedAt(), b.endedAt() == null ? now : b.endedAt())
                                    .toMinutes())
                            .sum();
                    return Arrays.<Object>asList(
                            text.text("monthly.norms.kind." + e.getKey().kind()),
                            e.getKey().name(),
                            list.size(),
                            lowest == highest ? (Object) lowest : lowest + "–" + highest,
                            list.stream().mapToInt(NormBreach::worst).max().orElseThrow(),
                            minutes);
                })
                .toList();
        return new Table(
                text.text("monthly.norms.title"),
                List.of(
                        text.text("monthly.norms.norm"),
                        text.text("monthly.norms.place"),
                        text.text("monthly.norms.count"),
                        text.text("monthly.norms.limit"),
                        text.text("monthly.norms.worst"),
                        text.text("monthly.norms.minutes")),
                rows);
    }

    private String place(Office office, NormBreach breach) {
        if (breach.counterId() != null && breach.ticketCode() == null) {
            return office.counter(breach.counterId()).map(CounterView::name).orElse(Long.toString(breach.counterId()));
        }
        if (breach.areaId() != null) {
            return office.area(breach.areaId()).map(ServiceAreaView::name).orElse(Long.toString(breach.areaId()));
        }
        return text.text("monthly.norms.wholeOffice");
    }

    private static Double round(Double minutes) {
        return minutes == null ? null : Math.round(minutes * 10.0) / 10.0;
    }
}

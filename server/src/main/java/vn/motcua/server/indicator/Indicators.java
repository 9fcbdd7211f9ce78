package vn.motcua.server.indicator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.IndicatorDefinition;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorInput;
import vn.motcua.client.api.IndicatorLevel;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IndicatorRow;
import vn.motcua.client.api.IndicatorUnavailable;
import vn.motcua.client.api.IndicatorValue;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.shared.ProblemText;

/**
 * The indicator table of a set of offices for a period: the SQL aggregates of {@link IndicatorQueries} per office and
 * area, summed up to agencies and the province, turned into values by {@link Formulas}, with every text in the
 * caller's language.
 */
@Component
class Indicators {

    /** Computed here, in the order of the index. */
    static final List<String> COMPUTED = List.of("2.1", "2.2", "5.4", "HL.1", "HL.2", "HL.3");

    /** Indicators of QĐ 766 the system holds no data for; each has its reason in the bundles. */
    static final List<String> UNAVAILABLE = List.of(
            "1.1", "1.2", "1.3", "1.4", "3.1", "3.2", "3.3", "3.5", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5", "5.1",
            "5.2", "5.3");

    /** At most this many dossiers are listed behind a low indicator; the table itself counts them all. */
    static final int BEHIND_LIMIT = 500;

    private final IndicatorQueries queries;
    private final OfficeDirectory offices;
    private final ProblemText text;
    private final Clock clock;

    Indicators(IndicatorQueries queries, OfficeDirectory offices, ProblemText text, Clock clock) {
        this.queries = queries;
        this.offices = offices;
        this.text = text;
        this.clock = clock;
    }

    /** The zone the period's bounds are read in: the first office's (every Vietnamese office shares UTC+7). */
    ZoneId zone(List<Long> officeIds) {
        return offices.get(officeIds.getFirst()).zone();
    }

    Period lastQuarter(List<Long> officeIds) {
        return Period.lastQuarter(clock.instant().atZone(zone(officeIds)).toLocalDate());
    }

    IndicatorReport report(List<Long> officeIds, Period period) {
        ZoneId zone = zone(officeIds);
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().atStartOfDay(zone).toInstant();
        // the summaries hold each office's own months: another zone's period has other bounds
        Map<IndicatorQueries.Key, Counts> counts =
                officeIds.stream().allMatch(id -> offices.get(id).zone().equals(zone))
                        ? queries.counts(officeIds, zone, period.from(), period.to(), asOf(to))
                        : queries.countedOneByOne(officeIds, from, to, asOf(to));
        List<IndicatorRow> rows = new ArrayList<>();
        boolean province = officeIds.size() > 1;
        Map<Long, Counts> byOffice = new LinkedHashMap<>();
        for (long id : officeIds) {
            byOffice.put(
                    id,
                    counts.entrySet().stream()
                            .filter(e -> e.getKey().officeId() == id)
                            .map(Map.Entry::getValue)
                            .reduce(Counts.NONE, Counts::plus));
        }
        if (province) {
            rows.add(row(
                    IndicatorLevel.PROVINCE,
                    text.text("indicator.level.PROVINCE", officeIds.size()),
                    null,
                    null,
                    null,
                    null,
                    byOffice.values().stream().reduce(Counts.NONE, Counts::plus)));
            Map<String, Counts> byAgency = new TreeMap<>();
            byOffice.forEach((id, c) -> byAgency.merge(offices.get(id).view().agencyCode(), c, Counts::plus));
            byAgency.forEach((agency, c) -> rows.add(row(
                    IndicatorLevel.AGENCY, text.text("indicator.level.AGENCY", agency), null, null, agency, null, c)));
        }
        Map<Long, Integer> ranks = province ? ranks(byOffice) : Map.of();
        for (long id : officeIds) {
            Office office = offices.get(id);
            rows.add(row(
                    IndicatorLevel.OFFICE,
                    office.view().name(),
                    id,
                    null,
                    office.view().agencyCode(),
                    ranks.get(id),
                    byOffice.get(id)));
            counts.entrySet().stream()
                    .filter(e -> e.getKey().officeId() == id)
                    .sorted(Comparator.comparing(
                            e -> e.getKey().areaId(), Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(e -> rows.add(row(
                            IndicatorLevel.AREA,
                            areaName(office, e.getKey().areaId()),
                            id,
                            e.getKey().areaId(),
                            office.view().agencyCode(),
                            null,
                            e.getValue())));
        }
        return new IndicatorReport(period.label(), period.from(), period.to(), definitions(), rows, unavailable());
    }

    List<IndicatorDossier> behind(List<Long> officeIds, Period period, boolean lateOnly) {
        ZoneId zone = zone(officeIds);
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().atStartOfDay(zone).toInstant();
        return queries.behind(officeIds, from, to, asOf(to), lateOnly, BEHIND_LIMIT);
    }

    /** A period still running is judged now: an open dossier is not late for a deadline still ahead. */
    private Instant asOf(Instant to) {
        Instant now = clock.instant();
        return now.isBefore(to) ? now : to;
    }

    /** 1 = highest 5.4 (the index's satisfaction), ties by 2.1; offices without dossiers last. */
    static Map<Long, Integer> ranks(Map<Long, Counts> byOffice) {
        Comparator<Double> highFirst = Comparator.nullsLast(Comparator.reverseOrder());
        List<Long> order = byOffice.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> Formulas.satisfaction(byOffice.get(id)), highFirst)
                        .thenComparing(id -> Formulas.onTimeRate(byOffice.get(id)), highFirst)
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<Long, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ranks.put(order.get(i), i + 1);
        }
        return ranks;
    }

    private String areaName(Office office, Long areaId) {
        if (areaId == null) {
            return text.text("indicator.level.noArea");
        }
        return office.area(areaId).map(ServiceAreaView::name).orElse(text.text("indicator.level.area", areaId));
    }

    private IndicatorRow row(
            IndicatorLevel level, String name, Long officeId, Long areaId, String agencyCode, Integer rank, Counts c) {
        return new IndicatorRow(level, name, officeId, areaId, agencyCode, rank, values(c));
    }

    List<IndicatorValue> values(Counts c) {
        Double satisfaction = Formulas.satisfaction(c);
        return List.of(
                percent("2.1", Formulas.onTimeRate(c), input("onTime", c.onTime()), input("handled", c.handled())),
                new IndicatorValue(
                        "2.2",
                        Formulas.averageHandlingHours(c),
                        text.text("indicator.unit.workingHours"),
                        List.of(
                                input("handlingHours", Formulas.round(c.handlingSeconds() / 3600.0)),
                                input("completed", c.completed())),
                        null,
                        null),
                new IndicatorValue(
                        "5.4",
                        satisfaction,
                        "%",
                        List.of(
                                input("handled", c.handled()),
                                input("late", c.late()),
                                input("dissatisfied", c.dissatisfied())),
                        Formulas.satisfactionPoints(satisfaction),
                        Formulas.SATISFACTION_MAX_POINTS),
                percent(
                        "HL.1",
                        Formulas.share(c.verySatisfied(), c.ratings()),
                        input("verySatisfied", c.verySatisfied()),
                        input("ratings", c.ratings())),
                percent(
                        "HL.2",
                        Formulas.share(c.satisfied(), c.ratings()),
                        input("satisfied", c.satisfied()),
                        input("ratings", c.ratings())),
                percent(
                        "HL.3",
                        Formulas.share(c.notSatisfied(), c.ratings()),
                        input("notSatisfied", c.notSatisfied()),
                        input("ratings", c.ratings())));
    }

    private IndicatorValue percent(String code, Double value, IndicatorInput numerator, IndicatorInput denominator) {
        return new IndicatorValue(code, value, "%", List.of(numerator, denominator), null, null);
    }

    private IndicatorInput input(String key, double value) {
        return new IndicatorInput(key, text.text("indicator.input." + key), value);
    }

    List<IndicatorDefinition> definitions() {
        return COMPUTED.stream()
                .map(code -> new IndicatorDefinition(
                        code,
                        text.text("indicator." + code + ".name"),
                        text.text("indicator." + code + ".formula"),
                        text.text("indicator." + code + ".band"),
                        text.text("indicator." + code + ".source")))
                .toList();
    }

    List<IndicatorUnavailable> unavailable() {
        return UNAVAILABLE.stream()
                .map(code -> new IndicatorUnavailable(
                        code, text.text("indicator." + code + ".name"), text.text("indicator." + code + ".reason")))
                .toList();
    }
}

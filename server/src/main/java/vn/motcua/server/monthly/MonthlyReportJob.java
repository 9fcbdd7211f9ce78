package vn.motcua.server.monthly;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.OfficeHeads;

/**
 * Every morning, makes last month's report of every office that has none yet and has it mailed to the office's heads,
 * once whatever the number of server instances running this job (decision 0017): on the 1st that is every office's;
 * after a 1st the servers were down for, the next morning makes the missed month's, and later mornings nothing.
 */
@Component
class MonthlyReportJob {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);

    /** 06:00 every day; a report already made is a claim row, so a day after the 1st costs one insert per office. */
    static final String DAILY = "0 0 6 * * *";

    private final OfficeDirectory offices;
    private final MonthlyReports reports;
    private final OfficeHeads heads;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonthlyReportJob(
            OfficeDirectory offices,
            MonthlyReports reports,
            OfficeHeads heads,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.offices = offices;
        this.reports = reports;
        this.heads = heads;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${motcua.monthly-report.cron:" + DAILY + "}",
            zone = "${motcua.monthly-report.zone:Asia/Ho_Chi_Minh}")
    void everyMorning() {
        for (long officeId : offices.allIds()) {
            try {
                makeAndMail(officeId);
            } catch (RuntimeException e) {
                // one office's failure must not cost the others their report; its claim rolled back with it
                log.warn("Monthly report of office {} not made: {}", officeId, e.toString());
            }
        }
    }

    /**
     * Last month's report of the office (its own local month), unless it was already made. The claim row and the
     * letters (written by the mail module before this transaction commits) commit together: a second instance's
     * insert of the same (office, month) waits on the unique key until the first commits, then inserts nothing and
     * sends nothing; if the first rolls back, the second makes it instead. So each head gets one letter a month.
     *
     * @return whether this call made it
     */
    boolean makeAndMail(long officeId) {
        Office office = offices.get(officeId);
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(office.localDay(now)).minusMonths(1);
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            List<OfficeHeads.Head> to = heads.withEmail(officeId);
            int claimed = jdbc.sql("""
                            insert into monthly_report (office_id, month, made_at, heads) values (?, ?, ?, ?)
                            on conflict (office_id, month) do nothing""")
                    .params(officeId, month.toString(), Timestamp.from(now), to.size())
                    .update();
            if (claimed == 0) {
                return false;
            }
            if (!to.isEmpty()) {
                events.publishEvent(new MonthlyReportMade(
                        officeId,
                        office.view().name(),
                        month,
                        to,
                        MonthlyReportController.name(month, "pdf"),
                        reports.pdf(reports.of(officeId, month)),
                        now));
            }
            return true;
        }));
    }
}

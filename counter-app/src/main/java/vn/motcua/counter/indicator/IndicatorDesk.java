package vn.motcua.counter.indicator;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorReport;

/**
 * The indicator part of the server's API, one per Vaadin session over that session's signed-in client. {@code
 * officeIds} null asks for every office the head heads. Refusals are ApiExceptions.
 */
public interface IndicatorDesk {

    IndicatorReport report(List<Long> officeIds, String period);

    List<IndicatorDossier> dossiers(List<Long> officeIds, String period, String indicator);

    /** {@code format} is {@code xlsx}, {@code csv} or {@code pdf}. */
    byte[] file(List<Long> officeIds, String period, String format);

    /** The office's monthly report of {@code month} (YYYY-MM); {@code format} is {@code pdf} or {@code xlsx}. */
    byte[] monthlyReport(long officeId, String month, String format);

    static IndicatorDesk over(MotcuaClient client) {
        return new IndicatorDesk() {
            @Override
            public IndicatorReport report(List<Long> officeIds, String period) {
                return client.reports().indicators(officeIds, period);
            }

            @Override
            public List<IndicatorDossier> dossiers(List<Long> officeIds, String period, String indicator) {
                return client.reports().indicatorDossiers(officeIds, period, indicator);
            }

            @Override
            public byte[] file(List<Long> officeIds, String period, String format) {
                return client.files().indicatorsFile(officeIds, period, format);
            }

            @Override
            public byte[] monthlyReport(long officeId, String month, String format) {
                return client.files().monthlyReport(officeId, month, format);
            }
        };
    }

    static void install(VaadinSession session, IndicatorDesk desk) {
        session.setAttribute(IndicatorDesk.class, desk);
    }

    static IndicatorDesk current() {
        return VaadinSession.getCurrent().getAttribute(IndicatorDesk.class);
    }
}

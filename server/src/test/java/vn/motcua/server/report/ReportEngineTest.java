package vn.motcua.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportEngineTest {

    @Test
    void a_template_is_compiled_once_however_many_threads_ask_for_it_at_the_same_time() throws Exception {
        var engine = new ReportEngine();
        List<Callable<JasperReport>> askers = IntStream.range(0, 8)
                .<Callable<JasperReport>>mapToObj(i -> () -> engine.compiled(PdfReports.TICKET_SLIP))
                .toList();

        try (var pool = Executors.newFixedThreadPool(8)) {
            var reports = pool.invokeAll(askers).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    })
                    .distinct()
                    .toList();

            assertThat(reports).hasSize(1);
        }
    }
}

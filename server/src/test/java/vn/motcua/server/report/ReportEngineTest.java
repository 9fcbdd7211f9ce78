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
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportEngineTest {

    @Test
    void a_template_is_loaded_once_however_many_threads_ask_for_it_at_the_same_time() throws Exception {
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

    @Test
    void the_build_has_compiled_every_template_so_none_is_compiled_while_a_citizen_waits() throws Exception {
        var templates = new PathMatchingResourcePatternResolver().getResources("classpath*:reports/**/*.jrxml");
        assertThat(templates).hasSizeGreaterThanOrEqualTo(13);

        for (var template : templates) {
            String path = template.getURL().toString();
            String name = path.substring(path.lastIndexOf("reports/"));
            assertThat(getClass().getClassLoader().getResource(CompileTemplates.compiledName(name)))
                    .as("the compiled form of %s", name)
                    .isNotNull();
        }
    }
}

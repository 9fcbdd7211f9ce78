package vn.motcua.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Loads each compiled template once, then fills and exports; a compiled JasperReport is immutable and shared by threads. */
final class ReportEngine {

    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    JasperPrint fill(String template, Map<String, Object> parameters, JRDataSource data) {
        try {
            return JasperFillManager.fillReport(compiled(template), parameters, data);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot fill " + template, e);
        }
    }

    /** All prints end up as consecutive pages of one PDF. */
    byte[] pdf(List<JasperPrint> prints) {
        var exporter = new JRPdfExporter();
        var configuration = new SimplePdfExporterConfiguration();
        // Jasper's default leaves page content streams uncompressed, which makes a receipt several times larger.
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        var out = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Cannot export " + prints.getFirst().getName() + " to PDF", e);
        }
        return out.toByteArray();
    }

    // computeIfAbsent blocks concurrent first callers of the same template instead of loading it twice.
    JasperReport compiled(String template) {
        return compiled.computeIfAbsent(template, ReportEngine::load);
    }

    /**
     * The build compiles every template next to it ({@link CompileTemplates}), so loading takes milliseconds; compiling
     * took 1–2 s per template, over 10 s on a busy machine, and the first citizen of the day waited for it at the
     * kiosk. A template without its compiled form (a run from an IDE that skipped the build step) is compiled here.
     */
    private static JasperReport load(String template) {
        ClassLoader classes = ReportEngine.class.getClassLoader();
        try (InputStream jasper = classes.getResourceAsStream(CompileTemplates.compiledName(template))) {
            if (jasper != null) {
                return (JasperReport) JRLoader.loadObject(jasper);
            }
        } catch (JRException e) {
            throw new IllegalStateException("Cannot load the compiled " + template, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream jrxml = classes.getResourceAsStream(template)) {
            if (jrxml == null) {
                throw new IllegalStateException("Template not on the classpath: " + template);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile " + template, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

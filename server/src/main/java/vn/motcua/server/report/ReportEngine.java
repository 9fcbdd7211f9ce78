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
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Compiles each template once, then fills and exports; a compiled JasperReport is immutable and shared by threads. */
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

    // computeIfAbsent blocks concurrent first callers of the same template instead of compiling it twice (~1-2 s each).
    JasperReport compiled(String template) {
        return compiled.computeIfAbsent(template, ReportEngine::compile);
    }

    private static JasperReport compile(String template) {
        try (InputStream jrxml = ReportEngine.class.getClassLoader().getResourceAsStream(template)) {
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

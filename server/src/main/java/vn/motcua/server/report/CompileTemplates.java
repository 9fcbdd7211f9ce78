package vn.motcua.server.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): compiles every Jasper template under the compiled
 * classes' {@code reports} folder into a {@code .jasper} file beside it, so that a broken template fails the build
 * and the server never compiles one while a citizen waits (see {@link ReportEngine}).
 */
public final class CompileTemplates {

    private static final Logger log = LoggerFactory.getLogger(CompileTemplates.class);
    private static final String SOURCE = ".jrxml";
    private static final String COMPILED = ".jasper";

    private CompileTemplates() {}

    /** @param args the compiled classes' folder (target/classes) */
    public static void main(String[] args) throws IOException, JRException {
        Path reports = Path.of(args[0]).resolve("reports");
        List<Path> templates;
        try (Stream<Path> files = Files.walk(reports)) {
            templates =
                    files.filter(f -> f.toString().endsWith(SOURCE)).sorted().toList();
        }
        for (Path template : templates) {
            JasperCompileManager.compileReportToFile(template.toString(), compiledName(template.toString()));
        }
        log.info("Compiled {} Jasper templates under {}", templates.size(), reports);
    }

    static String compiledName(String template) {
        return template.substring(0, template.length() - SOURCE.length()) + COMPILED;
    }
}

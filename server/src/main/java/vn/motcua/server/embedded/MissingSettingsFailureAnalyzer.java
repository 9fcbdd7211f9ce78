package vn.motcua.server.embedded;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing settings as Spring Boot's start-up report instead of a stack trace. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        return new FailureAnalysis(
                "The server is missing settings that a real installation needs.",
                cause.missing().stream().map(m -> "  - " + m).collect(Collectors.joining("\n", "Provide\n", "\n"))
                        + MissingSettingsException.EMBEDDED_HINT,
                cause);
    }
}

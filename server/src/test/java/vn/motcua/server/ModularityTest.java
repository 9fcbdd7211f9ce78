package vn.motcua.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk only through each other's public API; a reach into another's internals fails the build. */
class ModularityTest {

    @Test
    void feature_packages_respect_each_others_boundaries() {
        ApplicationModules.of(MotcuaServer.class).verify();
    }

    /** The queue's tables, which other modules read through its API (ServedTickets, CounterActivity, QueueEngine). */
    private static final Pattern QUEUE_TABLES = Pattern.compile(
            "\\b(from|join|into|update)\\s+(ticket|ticket_event|counter_pause|queue_epoch|queue_command_key)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void no_module_but_the_queue_runs_sql_on_the_queues_tables() throws IOException {
        Path sources = Path.of("src/main/java/vn/motcua/server");
        Path queue = sources.resolve("queue");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(queue))
                    .filter(f -> QUEUE_TABLES.matcher(read(f)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders)
                .as("classes outside the queue module running SQL on its tables")
                .isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

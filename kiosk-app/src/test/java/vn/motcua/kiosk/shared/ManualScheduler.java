package vn.motcua.kiosk.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler whose time passes only when a test says so. */
public final class ManualScheduler implements Scheduler {

    private record Task(Duration delay, Command command) {}

    private final List<Task> pending = new ArrayList<>();

    @Override
    public Registration schedule(UI ui, Duration delay, Command task) {
        Task scheduled = new Task(delay, task);
        pending.add(scheduled);
        return () -> pending.remove(scheduled);
    }

    /** Runs every task that is due once {@code elapsed} has passed, as if their time had come. */
    public void pass(Duration elapsed) {
        List<Task> due =
                pending.stream().filter(t -> t.delay().compareTo(elapsed) <= 0).toList();
        pending.removeAll(due);
        due.forEach(t -> t.command().execute());
    }

    public int pendingCount() {
        return pending.size();
    }
}

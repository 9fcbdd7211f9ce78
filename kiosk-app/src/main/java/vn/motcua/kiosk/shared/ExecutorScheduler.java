package vn.motcua.kiosk.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

@Component
class ExecutorScheduler implements Scheduler {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kiosk-timers").daemon().factory());

    @Override
    public Registration schedule(UI ui, Duration delay, Command task) {
        ScheduledFuture<?> future = executor.schedule(
                () -> {
                    try {
                        ui.access(task);
                    } catch (UIDetachedException closedMeanwhile) {
                        // the screen went away before its timer fired: nothing left to update
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

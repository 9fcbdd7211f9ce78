package vn.motcua.kiosk.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/** Runs a task later inside the UI's lock, then pushes; removing the registration cancels it. */
public interface Scheduler {

    Registration schedule(UI ui, Duration delay, Command task);
}

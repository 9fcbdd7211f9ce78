package vn.motcua.kiosk.shared;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;

/** Runs a task later inside the UI's lock, then pushes; removing the registration cancels it. */
public interface Scheduler {

    Registration schedule(UI ui, Duration delay, Command task);
}

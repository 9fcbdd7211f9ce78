package vn.motcua.kiosk.ticket;

import com.vaadin.flow.server.Command;
import java.util.ArrayList;
import java.util.List;

/** Keeps each slip it is asked to print, with the way to tell the screen that the browser could not print it. */
final class FakeSlipPrinter extends SlipPrinter {

    record Job(String fileName, byte[] pdf, Command onFailure) {}

    final List<Job> jobs = new ArrayList<>();

    @Override
    void print(String fileName, byte[] pdf, Command onFailure) {
        jobs.add(new Job(fileName, pdf, onFailure));
    }
}

package vn.motcua.counter.console;

import java.util.List;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.TicketStatus;

/**
 * What a clerk can do at his counter, with its keyboard shortcuts and the rule of when it fits the state.
 * One list drives the buttons, the shortcuts and the help dialog, so that they cannot drift apart. Every key
 * is bound both on the numeric keypad (by its physical code, so NumLock does not matter) and on the main keys;
 * '+' is the same key value on both.
 */
enum Action {
    CALL_NEXT("action.callNext", "+ / Enter", "+", "Enter"),
    RECALL("action.recall", ".", "NumpadDecimal", "."),
    START("action.start", "1", "Numpad1", "1"),
    FINISH("action.finish", "2", "Numpad2", "2"),
    NO_SHOW("action.noShow", "3", "Numpad3", "3"),
    TRANSFER("action.transfer", "4", "Numpad4", "4"),
    PARK("action.park", "5", "Numpad5", "5"),
    UNPARK("action.unpark", "6", "Numpad6", "6"),
    CALL_TICKET("action.callTicket", "7", "Numpad7", "7"),
    PAUSE_OR_RESUME("action.pauseOrResume", "9", "Numpad9", "9"),
    HELP("action.help", "/", "NumpadDivide", "/");

    private final String textKey;
    private final String keyHint;
    private final List<String> keys;

    Action(String textKey, String keyHint, String... keys) {
        this.textKey = textKey;
        this.keyHint = keyHint;
        this.keys = List.of(keys);
    }

    String textKey() {
        return textKey;
    }

    String keyHint() {
        return keyHint;
    }

    /** {@code KeyboardEvent.key} or {@code .code} values. */
    List<String> keys() {
        return keys;
    }

    /** The counter as far as the rules care: its state, whether the screen is live, and what waits for it. */
    record Situation(boolean online, CounterState counter, boolean anyWaiting, boolean anyParked) {

        boolean paused() {
            return counter.paused();
        }

        boolean free() {
            return !paused() && counter.current() == null;
        }

        boolean currentIs(TicketStatus... statuses) {
            return counter.current() != null
                    && List.of(statuses).contains(counter.current().status());
        }
    }

    /** Mirrors the server's rules, so that a clerk is offered only what the server would accept. */
    boolean fits(Situation s) {
        if (this == HELP) {
            return true;
        }
        if (!s.online()) {
            return false;
        }
        return switch (this) {
            case CALL_NEXT, CALL_TICKET -> s.free() && s.anyWaiting();
            case UNPARK -> s.free() && s.anyParked();
            case RECALL, START, NO_SHOW -> s.currentIs(TicketStatus.CALLED);
            case FINISH -> s.currentIs(TicketStatus.SERVING);
            case TRANSFER, PARK -> s.currentIs(TicketStatus.CALLED, TicketStatus.SERVING);
            case PAUSE_OR_RESUME -> s.paused() || s.free();
            case HELP -> true;
        };
    }
}

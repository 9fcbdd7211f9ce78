package vn.motcua.counter.console;

import java.util.List;

import com.vaadin.flow.component.Key;

import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.TicketStatus;

/**
 * What a clerk can do at his counter, with its keyboard shortcuts and the rule of when it fits the state.
 * One list drives the buttons, the shortcuts and the help dialog, so that they cannot drift apart. Every key
 * is bound both on the numeric keypad (by its physical code, so NumLock does not matter) and on the main keys.
 */
enum Action {
    CALL_NEXT("action.callNext", "+ / Enter", Key.NUMPAD_ADD, Key.ENTER),
    RECALL("action.recall", ".", Key.NUMPAD_DECIMAL, Key.PERIOD),
    START("action.start", "1", Key.NUMPAD_1, Key.DIGIT_1),
    FINISH("action.finish", "2", Key.NUMPAD_2, Key.DIGIT_2),
    NO_SHOW("action.noShow", "3", Key.NUMPAD_3, Key.DIGIT_3),
    TRANSFER("action.transfer", "4", Key.NUMPAD_4, Key.DIGIT_4),
    PARK("action.park", "5", Key.NUMPAD_5, Key.DIGIT_5),
    UNPARK("action.unpark", "6", Key.NUMPAD_6, Key.DIGIT_6),
    CALL_TICKET("action.callTicket", "7", Key.NUMPAD_7, Key.DIGIT_7),
    PAUSE_OR_RESUME("action.pauseOrResume", "9", Key.NUMPAD_9, Key.DIGIT_9),
    HELP("action.help", "/", Key.NUMPAD_DIVIDE, Key.SLASH);

    private final String textKey;
    private final String keyHint;
    private final List<Key> keys;

    Action(String textKey, String keyHint, Key... keys) {
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

    List<Key> keys() {
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
            return counter.current() != null && List.of(statuses).contains(counter.current().status());
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

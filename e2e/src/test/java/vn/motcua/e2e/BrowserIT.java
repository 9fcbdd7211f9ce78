package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the browser tests share: the running stack, one Chromium with the screens a test opens, and counter 1 left
 * without a ticket afterwards, so that one class failing half-way does not change what the next class calls.
 */
@ExtendWith(StackExtension.class)
abstract class BrowserIT {

    static MotcuaStack stack;
    static Screens screens;

    @BeforeAll
    static void openScreens(MotcuaStack started) {
        stack = started;
        screens = Screens.open(stack.kioskUrl());
    }

    /** The apps' Content-Security-Policy must not refuse anything their own screens do. */
    @AfterEach
    void nothingRefusedByThePolicy() {
        assertThat(screens.takePolicyViolations())
                .as("Content-Security-Policy violations reported by Chromium")
                .isEmpty();
    }

    @AfterAll
    static void closeScreens() {
        if (screens != null) {
            screens.close();
            screens = null;
        }
        if (stack != null) {
            Office.clearCounter1(stack.serverUrl());
        }
    }
}

package vn.motcua.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.internal.UIInternals;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.motcua.kiosk.testing.ScreenTest;

class SlipPrinterTest extends ScreenTest {

    private final SlipPrinter printer = new SlipPrinter();
    private boolean failed;

    /** What the next response would carry to the browser, taken before a simulated round trip drops it. */
    private List<PendingJavaScriptInvocation> scripts() {
        UIInternals internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getOwner() == printer.getElement().getNode())
                .toList();
    }

    @Test
    void servesThePdfFromThisSessionAndAsksTheFrameToPrintIt() {
        UI.getCurrent().add(printer);

        printer.print("so-A023.pdf", FakeFileApi.PDF, () -> failed = true);

        assertThat(printer.getElement().getAttribute("src")).startsWith("VAADIN/dynamic/resource/");
        assertThat(printer.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(scripts())
                .singleElement()
                .satisfies(js -> assertThat(js.getInvocation().getExpression()).contains("contentWindow.print()"));
        assertThat(failed).isFalse();
    }

    @Test
    void aBrowserThatCannotPrintIsReported() {
        UI.getCurrent().add(printer);
        printer.print("so-A023.pdf", FakeFileApi.PDF, () -> failed = true);

        scripts().getFirst().completeExceptionally(JsonNodeFactory.instance.stringNode("SecurityError"));

        assertThat(failed).isTrue();
    }
}

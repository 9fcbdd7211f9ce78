package vn.motcua.counter.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.Role;
import vn.motcua.counter.console.ConsoleView;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class DossierActionsTest extends ViewTest {

    @BeforeEach
    void clerkAtTheConsole() {
        signInAt(FakeBackend.COUNTER_1, Role.CLERK);
    }

    private void open() {
        navigate(ConsoleView.class);
        backend.goLive();
        deliver();
    }

    @Test
    void key_8_opens_the_registration_linked_to_the_ticket_being_served() {
        backend.issue(FakeBackend.AREA_A);
        open();
        press("+", "NumpadAdd");
        press("1", "Numpad1");

        press("8", "Numpad8");

        RegisterDossierDialog dialog = find(RegisterDossierDialog.class).single();
        assertThat(dialog.linkTicket.getValue()).isTrue();
        assertThat(dialog.linkTicket.getLabel()).isEqualTo("Gắn với số thứ tự A001 đang phục vụ");
        assertThat(backend.calls).endsWith("active procedures");
        assertThat(dossiers.calls).isEmpty();
    }

    @Test
    void key_0_opens_the_lookup_and_the_buttons_do_the_same() {
        open();
        press("0", "Digit0");
        assertThat(find(FindDossierDialog.class).exists()).isTrue();
        find(FindDossierDialog.class).single().close();

        test(find(Button.class).withText("Tiếp nhận hồ sơ").single()).click();

        RegisterDossierDialog dialog = find(RegisterDossierDialog.class).single();
        assertThat(dialog.linkTicket.isEnabled()).isFalse();
    }

    @Test
    void the_help_lists_the_dossier_keys() {
        open();
        press("/", "Slash");

        assertThat(find(Span.class).withClassName("dossier-key").all())
                .extracting(Span::getText)
                .contains("8", "0");
        assertThat(find(Span.class).withText("Tra cứu hồ sơ").exists()).isTrue();
    }
}

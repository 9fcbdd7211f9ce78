package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.Notice;

/**
 * The line at the bottom of the hall display board. The boards read it again every minute, since the server
 * sends no live event for it, so a change reaches the hall within a minute of saving.
 */
class NoticeTab extends VerticalLayout {

    static final int MAX_LENGTH = 300;

    /** What the form edits, kept apart so that an invalid text never replaces the one last read. */
    static final class Form {
        String text = "";
    }

    final TextArea text = new TextArea();
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;

    NoticeTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-notice");
        setWidth("40rem");
        text.setId("notice-text");
        text.setLabel(getTranslation("admin.notice.text"));
        text.setHelperText(getTranslation("admin.notice.help", MAX_LENGTH));
        text.setWidthFull();
        // eager, so that a text grown too long says so while it is typed rather than at saving
        text.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(text)
                .withValidator(
                        v -> v.strip().length() <= MAX_LENGTH, getTranslation("admin.notice.tooLong", MAX_LENGTH))
                .bind(f -> f.text, (f, v) -> f.text = v.strip());
        save.setId("notice-save");
        save.setText(getTranslation("admin.notice.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H3(getTranslation("admin.notice.title")), text, save);
    }

    void reload() {
        try {
            show(text(admin.offices().notice(admin.officeId())));
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
    }

    private void show(String notice) {
        Form form = new Form();
        form.text = notice;
        binder.readBean(form);
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            String saved = text(admin.offices().setNotice(admin.officeId(), form.text));
            show(saved);
            admin.confirm(getTranslation(saved.isEmpty() ? "admin.notice.cleared" : "admin.notice.saved"));
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of("text", text));
        }
    }

    private static String text(Notice notice) {
        return notice == null || notice.text() == null ? "" : notice.text();
    }
}

package vn.motcua.counter.dossier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.motcua.client.ApiException;
import vn.motcua.client.DossierApi;
import vn.motcua.client.FileApi;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.TicketView;
import vn.motcua.client.text.VietnameseText;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.StaffSession;

/**
 * Tiếp nhận hồ sơ: the procedure, the applicant, the papers received and how the result goes back. The form
 * checks what it can in plain Vietnamese before asking the server, and puts the server's own complaints on the
 * field they concern. Success turns the dialog into the receipt: code, due date and the Mẫu 01 to print.
 * <p>
 * The dialog opens on "Quét CCCD": the desk scanner, a keyboard wedge, types the ID card's QR code and Enter,
 * and the applicant's name, number and address fill themselves. The rest of the card goes nowhere.
 */
public final class RegisterDossierDialog extends Dialog {

    // CCCD has 12 digits; the older CMND 9, still accepted while people hold them
    private static final String ID_NUMBER = "\\d{9}|\\d{12}";
    private static final String PHONE = "(0|\\+84)\\d{9,10}";

    private final OfficeApi offices = StaffSession.api(OfficeApi.class);
    private final DossierApi dossiers = StaffSession.api(DossierApi.class);
    private final FileApi files = StaffSession.api(FileApi.class);
    private final long officeId;
    private final ZoneId zone;
    private final TicketView ticket;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    final TextField scan = new TextField();
    final ComboBox<ProcedureView> procedure = new ComboBox<>();
    final Span procedureFacts = new Span();
    final TextField name = new TextField();
    final TextField idNumber = new TextField();
    final TextField address = new TextField();
    final TextField phone = new TextField();
    // a plain field: the stock EmailField checks first, with a message of its own
    final TextField email = new TextField();
    final CheckboxGroup<NotificationChannel> notifyBy = new CheckboxGroup<>();
    final RadioButtonGroup<String> notifyLanguage = new RadioButtonGroup<>();
    final Checkbox linkTicket = new Checkbox();
    final DocumentRows documents = new DocumentRows();
    final RadioButtonGroup<DossierDelivery> delivery = new RadioButtonGroup<>();
    private final Consumer<String> onLookup;

    /**
     * @param ticket the ticket being served at the counter, offered as the dossier's link; may be null
     * @param onLookup opens a registered dossier's details, from the success screen
     */
    public RegisterDossierDialog(long officeId, ZoneId zone, TicketView ticket, Consumer<String> onLookup) {
        this.officeId = officeId;
        this.zone = zone;
        this.ticket = ticket;
        this.onLookup = onLookup;
        addClassName("dossier-dialog");
        setHeaderTitle(getTranslation("dossier.register.title"));
        setWidth("min(72rem, 96vw)");
        setCloseOnOutsideClick(false);
        buildForm();
    }

    private void buildForm() {
        scan.setLabel(getTranslation("dossier.scan"));
        scan.setHelperText(getTranslation("dossier.scan.helper"));
        scan.setWidthFull();
        // first in the dialog as well, since a modal dialog gives the focus to its first field
        scan.setAutofocus(true);
        // the wedge's Enter commits the value
        scan.addValueChangeListener(e -> scanned(e.getValue()));
        procedure.setLabel(getTranslation("dossier.procedure"));
        procedure.setPlaceholder(getTranslation("dossier.procedure.placeholder"));
        procedure.setWidthFull();
        procedure.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        procedure.setItems(
                (p, typed) -> VietnameseText.fold(p.code() + " " + p.name()).contains(VietnameseText.fold(typed)),
                loadProcedures());
        procedure.addValueChangeListener(e -> chosen(e.getValue()));
        procedureFacts.addClassName("dossier-facts");

        name.setLabel(getTranslation("dossier.applicant.name"));
        idNumber.setLabel(getTranslation("dossier.applicant.idNumber"));
        address.setLabel(getTranslation("dossier.applicant.address"));
        phone.setLabel(getTranslation("dossier.applicant.phone"));
        email.setLabel(getTranslation("dossier.applicant.email"));
        FormLayout applicant = new FormLayout(name, idNumber, address, phone, email);
        applicant.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        applicant.setColspan(address, 2);

        // only what the applicant asks for, with the phone or email just given: nothing is ticked by default
        notifyBy.setLabel(getTranslation("dossier.notify"));
        notifyBy.setItems(NotificationChannel.values());
        notifyBy.setItemLabelGenerator(c -> getTranslation("dossier.notify." + c.name()));
        notifyLanguage.setLabel(getTranslation("dossier.notify.language"));
        notifyLanguage.setItems("vi", "en");
        notifyLanguage.setItemLabelGenerator(l -> getTranslation("dossier.notify.language." + l));

        linkTicket.setLabel(
                ticket == null
                        ? getTranslation("dossier.ticket.none")
                        : getTranslation("dossier.ticket.link", ticket.code()));
        linkTicket.setValue(ticket != null);
        linkTicket.setEnabled(ticket != null);

        delivery.setLabel(getTranslation("dossier.delivery"));
        delivery.setItems(DossierDelivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("dossier.delivery." + d.name()));

        bind();
        binder.setBean(draft);

        VerticalLayout form = new VerticalLayout(
                scan,
                procedure,
                procedureFacts,
                new H3(getTranslation("dossier.applicant")),
                applicant,
                new HorizontalLayout(notifyBy, notifyLanguage),
                linkTicket,
                new H3(getTranslation("dossier.documents")),
                documents,
                delivery);
        form.setPadding(false);
        removeAll();
        add(form);
        Button register = new Button(getTranslation("dossier.register.submit"), e -> submit());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().removeAll();
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), register);
    }

    private void bind() {
        binder.forField(procedure)
                .asRequired(getTranslation("dossier.procedure.required"))
                .bind(Draft::procedure, Draft::procedure);
        binder.forField(name)
                .asRequired(getTranslation("dossier.applicant.nameRequired"))
                .withValidator(new StringLengthValidator(getTranslation("dossier.applicant.tooLong", 200), 1, 200))
                .bind(Draft::name, Draft::name);
        binder.forField(idNumber)
                .asRequired(getTranslation("dossier.applicant.idNumberRequired"))
                .withConverter(String::strip, v -> v)
                .withValidator(new RegexpValidator(getTranslation("dossier.applicant.idNumberFormat"), ID_NUMBER))
                .bind(Draft::idNumber, Draft::idNumber);
        binder.forField(address)
                .asRequired(getTranslation("dossier.applicant.addressRequired"))
                .withValidator(new StringLengthValidator(getTranslation("dossier.applicant.tooLong", 500), 1, 500))
                .bind(Draft::address, Draft::address);
        binder.forField(phone)
                .withConverter(v -> v.replaceAll("[\\s.]", ""), v -> v == null ? "" : v)
                .withValidator(v -> v.isEmpty() || v.matches(PHONE), getTranslation("dossier.applicant.phoneFormat"))
                .bind(Draft::phone, Draft::phone);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("dossier.applicant.emailFormat"), true))
                .bind(Draft::email, Draft::email);
        binder.forField(notifyBy)
                .withValidator(
                        c -> !(c.contains(NotificationChannel.SMS) || c.contains(NotificationChannel.ZALO))
                                || !phone.getValue().isBlank(),
                        getTranslation("dossier.notify.needsPhone"))
                .withValidator(
                        c -> !c.contains(NotificationChannel.EMAIL)
                                || !email.getValue().isBlank(),
                        getTranslation("dossier.notify.needsEmail"))
                .bind(Draft::notifyBy, Draft::notifyBy);
        binder.forField(notifyLanguage).bind(Draft::notifyLanguage, Draft::notifyLanguage);
        binder.forField(delivery)
                .asRequired(getTranslation("dossier.delivery.required"))
                .bind(Draft::delivery, Draft::delivery);
    }

    private List<ProcedureView> loadProcedures() {
        try {
            return offices.procedures(officeId, null);
        } catch (ApiException e) {
            Refusals.warn(getTranslation(DossierTexts.refusalKey(e)));
            return List.of();
        }
    }

    /** The raw text also holds the birth date, sex and issue date, which the dossier does not need: cleared at once. */
    private void scanned(String text) {
        if (text.isBlank()) {
            return;
        }
        scan.clear();
        CccdQr.parse(text)
                .ifPresentOrElse(
                        card -> {
                            scan.setInvalid(false);
                            name.setValue(card.name());
                            idNumber.setValue(card.number());
                            address.setValue(card.address());
                        },
                        () -> invalid(scan, getTranslation("dossier.scan.invalid")));
    }

    /** The procedure's checklist becomes the papers received: the clerk then only corrects what differs. */
    private void chosen(ProcedureView p) {
        if (p == null) {
            procedureFacts.setText("");
            return;
        }
        String fee = p.fee() == null || p.fee().isBlank() ? getTranslation("dossier.procedure.noFee") : p.fee();
        procedureFacts.setText(getTranslation("dossier.procedure.facts", p.processingDays(), fee));
        documents.fill(p.requiredDocuments() == null ? List.of() : p.requiredDocuments());
    }

    void submit() {
        boolean formOk = binder.validate().isOk();
        boolean documentsOk = documents.validate();
        if (!formOk || !documentsOk) {
            return;
        }
        DossierRequest request = new DossierRequest(
                draft.procedure.id(),
                new DossierApplicant(
                        draft.name.strip(),
                        draft.idNumber,
                        draft.address.strip(),
                        blankToNull(draft.phone),
                        blankToNull(draft.email),
                        draft.notifyBy.stream().sorted().toList(),
                        draft.notifyLanguage),
                documents.documents(),
                draft.delivery,
                linkTicket.getValue() && ticket != null ? ticket.id() : null);
        try {
            showReceipt(dossiers.registerDossier(officeId, request));
        } catch (ApiException e) {
            if (e.fieldErrors().isEmpty()) {
                Refusals.warn(getTranslation(DossierTexts.refusalKey(e)));
            } else {
                e.fieldErrors().forEach(this::showFieldError);
            }
        }
    }

    private void showFieldError(Map<String, String> error) {
        String field = error.getOrDefault("field", "");
        String text = getTranslation(fieldMessageKey(field));
        switch (field) {
            case "procedureId" -> invalid(procedure, text);
            case "applicant.name" -> invalid(name, text);
            case "applicant.idNumber" -> invalid(idNumber, text);
            case "applicant.address" -> invalid(address, text);
            case "applicant.phone" -> invalid(phone, text);
            case "applicant.email" -> invalid(email, text);
            case "applicant.notifyBy" -> invalid(notifyBy, text);
            case "applicant.notifyLanguage" -> invalid(notifyLanguage, text);
            case "delivery" -> invalid(delivery, text);
            case "ticketId" -> Refusals.warn(text);
            default -> documentError(field, text);
        }
    }

    /** Known fields have their own sentence; a row of documents shares one per column. */
    private static String fieldMessageKey(String field) {
        String general = field.replaceAll("\\.\\d+\\.", ".");
        return switch (general) {
            case "procedureId",
                    "applicant.name",
                    "applicant.idNumber",
                    "applicant.address",
                    "applicant.phone",
                    "applicant.email",
                    "applicant.notifyBy",
                    "applicant.notifyLanguage",
                    "delivery",
                    "ticketId",
                    "documents",
                    "documents.name",
                    "documents.form",
                    "documents.count" -> "dossier.server." + general;
            default -> "error.INVALID_FIELDS";
        };
    }

    private void documentError(String field, String text) {
        String[] parts = field.split("\\.");
        if (parts.length == 3 && parts[0].equals("documents") && parts[1].matches("\\d+")) {
            documents.showError(Integer.parseInt(parts[1]), parts[2], text);
        } else if (field.startsWith("documents")) {
            documents.showError(text);
        } else {
            Refusals.warn(text);
        }
    }

    private static void invalid(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private void showReceipt(DossierView dossier) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("dossier.registered.title"));
        Span code = new Span(dossier.code());
        code.addClassName("dossier-code");
        Span due = new Span(getTranslation("dossier.registered.due", DossierTexts.dayTime(dossier.dueAt())));
        due.addClassName("dossier-due");
        Span received = new Span(getTranslation(
                "dossier.registered.received",
                DossierTexts.dayTime(dossier.receivedAt(), zone),
                dossier.processingDays()));
        VerticalLayout receipt = new VerticalLayout(
                new Span(getTranslation("dossier.registered.code")),
                code,
                due,
                received,
                new HorizontalLayout(Pdfs.link(
                        getTranslation("dossier.receipt.print"),
                        dossier.code() + ".pdf",
                        () -> files.dossierReceiptPdf(officeId, dossier.code()))));
        receipt.addClassName("dossier-receipt");
        add(receipt);
        Button details = new Button(getTranslation("dossier.registered.details"), e -> {
            close();
            onLookup.accept(dossier.code());
        });
        Button done = new Button(getTranslation("dialog.close"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(details, done);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What the form edits, before it becomes the immutable request. */
    static final class Draft {
        private ProcedureView procedure;
        private String name = "";
        private String idNumber = "";
        private String address = "";
        private String phone = "";
        private String email = "";
        private DossierDelivery delivery = DossierDelivery.COUNTER;
        private Set<NotificationChannel> notifyBy = Set.of();
        private String notifyLanguage = "vi";

        Set<NotificationChannel> notifyBy() {
            return notifyBy;
        }

        void notifyBy(Set<NotificationChannel> value) {
            notifyBy = value == null ? Set.of() : value;
        }

        String notifyLanguage() {
            return notifyLanguage;
        }

        void notifyLanguage(String value) {
            notifyLanguage = value == null ? "vi" : value;
        }

        ProcedureView procedure() {
            return procedure;
        }

        void procedure(ProcedureView value) {
            procedure = value;
        }

        String name() {
            return name;
        }

        void name(String value) {
            name = value;
        }

        String idNumber() {
            return idNumber;
        }

        void idNumber(String value) {
            idNumber = value;
        }

        String address() {
            return address;
        }

        void address(String value) {
            address = value;
        }

        String phone() {
            return phone;
        }

        void phone(String value) {
            phone = value;
        }

        String email() {
            return email;
        }

        void email(String value) {
            email = value;
        }

        DossierDelivery delivery() {
            return delivery;
        }

        void delivery(DossierDelivery value) {
            delivery = value;
        }
    }
}

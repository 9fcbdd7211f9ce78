package vn.motcua.counter.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;

/** The papers received, one editable row each: name, bản chính or bản sao, how many. */
final class DocumentRows extends VerticalLayout {

    static final int MAX_COUNT = 99;

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Span error = new Span();

    DocumentRows() {
        addClassName("dossier-documents");
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        error.addClassName("dossier-error");
        error.setVisible(false);
        Button add = new Button(
                getTranslation("dossier.documents.add"), e -> addRow("").name.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, error, add);
    }

    /** Replaces the rows with the procedure's checklist, each an original counted once until the clerk says else. */
    void fill(List<String> names) {
        rows.clear();
        list.removeAll();
        names.forEach(this::addRow);
        error.setVisible(false);
    }

    Row addRow(String name) {
        Row row = new Row(name);
        rows.add(row);
        list.add(row);
        error.setVisible(false);
        return row;
    }

    /** Every row checked, so that all faults show at once; an empty list is a fault of its own. */
    boolean validate() {
        boolean ok = rows.stream().map(r -> r.binder.validate().isOk()).reduce(true, Boolean::logicalAnd);
        if (rows.isEmpty()) {
            showError(getTranslation("dossier.documents.none"));
            return false;
        }
        return ok;
    }

    List<DossierDocument> documents() {
        return rows.stream()
                .map(r -> new DossierDocument(r.name.getValue().strip(), r.form.getValue(), r.count.getValue()))
                .toList();
    }

    void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    /** Puts the server's complaint about one row's field ("name", "form" or "count") on that field. */
    void showError(int index, String field, String text) {
        if (index < 0 || index >= rows.size()) {
            showError(text);
            return;
        }
        Row row = rows.get(index);
        switch (field) {
            case "form" -> {
                row.form.setErrorMessage(text);
                row.form.setInvalid(true);
            }
            case "count" -> {
                row.count.setErrorMessage(text);
                row.count.setInvalid(true);
            }
            default -> {
                row.name.setErrorMessage(text);
                row.name.setInvalid(true);
            }
        }
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** One paper. The binder holds no bean: the fields are read directly when the dossier is sent. */
    final class Row extends HorizontalLayout {

        final TextField name = new TextField();
        final Select<DossierDocumentForm> form = new Select<>();
        final IntegerField count = new IntegerField();
        private final Binder<Object> binder = new Binder<>();

        Row(String initial) {
            addClassName("dossier-document");
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            name.setPlaceholder(getTranslation("dossier.documents.name"));
            name.setAriaLabel(getTranslation("dossier.documents.name"));
            name.setValue(initial);
            form.setAriaLabel(getTranslation("dossier.documents.form"));
            form.setItems(DossierDocumentForm.values());
            form.setItemLabelGenerator(f -> getTranslation("dossier.form." + f.name()));
            form.setValue(DossierDocumentForm.ORIGINAL);
            form.setWidth("15.5em");
            count.setAriaLabel(getTranslation("dossier.documents.count"));
            count.setValue(1);
            count.setStepButtonsVisible(true);
            count.setWidth("8em");
            binder.forField(name)
                    .asRequired(getTranslation("dossier.documents.nameRequired"))
                    .bind(o -> name.getValue(), (o, v) -> {});
            binder.forField(form)
                    .asRequired(getTranslation("dossier.documents.formRequired"))
                    .bind(o -> form.getValue(), (o, v) -> {});
            binder.forField(count)
                    .asRequired(getTranslation("dossier.documents.countRange", MAX_COUNT))
                    .withValidator(new IntegerRangeValidator(
                            getTranslation("dossier.documents.countRange", MAX_COUNT), 1, MAX_COUNT))
                    .bind(o -> count.getValue(), (o, v) -> {});
            Button remove = new Button(getTranslation("dossier.documents.remove"), e -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(name, form, count, remove);
            setFlexGrow(1, name);
        }

        private void remove() {
            rows.remove(this);
            list.remove(this);
        }
    }
}

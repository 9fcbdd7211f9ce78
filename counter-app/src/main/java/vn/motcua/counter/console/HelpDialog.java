package vn.motcua.counter.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.motcua.counter.dossier.DossierActions;

/** The keyboard shortcuts, read from the same list that binds them. */
final class HelpDialog extends Dialog {

    HelpDialog() {
        setHeaderTitle(getTranslation("help.title"));
        addClassName("help");
        for (Action action : Action.values()) {
            Span key = new Span(action.keyHint());
            key.addClassName("key");
            add(new HorizontalLayout(key, new Span(getTranslation(action.textKey()))));
        }
        DossierActions.helpRows().forEach(this::add);
        add(new Paragraph(getTranslation("help.numlock")));
        add(new Paragraph(getTranslation("help.doubleClick")));
        Button close = new Button(getTranslation("dialog.close"), e -> close());
        close.setAutofocus(true);
        getFooter().add(close);
    }
}

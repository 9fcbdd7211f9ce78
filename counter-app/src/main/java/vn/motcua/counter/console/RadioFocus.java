package vn.motcua.counter.console;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Gives a dialog's radio group the focus when the dialog opens, so that the arrow keys choose at once. The group
 * has no autofocus of its own and its focus() does nothing; its first button takes the focus on the frame after
 * the dialog is drawn, as a field with autofocus does.
 */
final class RadioFocus {

    private RadioFocus() {}

    static void onOpen(RadioButtonGroup<?> group) {
        group.getElement().executeJs("requestAnimationFrame(() => this.querySelector('vaadin-radio-button')?.focus())");
    }
}

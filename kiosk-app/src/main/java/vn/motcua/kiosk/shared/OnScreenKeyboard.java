package vn.motcua.kiosk.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Big keys on the screen itself: the kiosk has no keyboard, and a system one would pop up over the page and
 * offer far more than a citizen needs. It types the keys of the rows it is given and no tone marks, so the screens
 * that search match text without them; the feedback screen adds tone keys of its own.
 */
public final class OnScreenKeyboard extends Div {

    /** A dossier code such as 000.00.00.H00-261126-0001: the agency code's letters, digits, '.' and '-'. */
    public static final List<String> DOSSIER_CODE = List.of("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM.-");
    /** An appointment's code after its "LH-": the letters and digits it is made of, none that look alike. */
    public static final List<String> APPOINTMENT_CODE = List.of("23456789", "ABCDEFGHJK", "MNPQRSTVWX", "YZ");
    /** Words, and the dotted codes of procedures such as 1.004227. */
    public static final List<String> WORDS = List.of("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM.");

    private final List<Button> nonDigits = new ArrayList<>();

    /** {@code withSpace} adds a space bar; typed keys go to {@code onType}, the erase key to {@code onErase}. */
    public OnScreenKeyboard(List<String> rows, boolean withSpace, Consumer<String> onType, Runnable onErase) {
        addClassName("keyboard");
        for (int i = 0; i < rows.size(); i++) {
            Div row = new Div();
            row.addClassName("keyboard-row");
            rows.get(i).chars().mapToObj(c -> String.valueOf((char) c)).forEach(key -> {
                Button button = new Button(key, e -> onType.accept(key));
                button.addClassName("key");
                if (!Character.isDigit(key.charAt(0))) {
                    nonDigits.add(button);
                }
                row.add(button);
            });
            if (i == rows.size() - 1) {
                Button erase = new Button(getTranslation("keyboard.erase"), e -> onErase.run());
                erase.addClassNames("key", "key-erase");
                row.add(erase);
            }
            add(row);
        }
        if (withSpace) {
            Button space = new Button(getTranslation("keyboard.space"), e -> onType.accept(" "));
            space.addClassNames("key", "key-space");
            nonDigits.add(space);
            Div row = new Div(space);
            row.addClassName("keyboard-row");
            add(row);
        }
    }

    /** For a number only, such as the last digits of a phone: every key but the digits and erase is off. */
    public void digitsOnly(boolean only) {
        nonDigits.forEach(key -> key.setEnabled(!only));
    }
}

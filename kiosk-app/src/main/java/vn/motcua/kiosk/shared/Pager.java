package vn.motcua.kiosk.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * A list that may be taller than its place on screen (a centre's 20 service areas on a landscape kiosk): it
 * scrolls inside its own box, so that what follows it stays on screen, and two large buttons below turn its
 * pages for those who do not think of swiping. The buttons show only while the list does not fit, and each
 * stops at its end. The browser measures and scrolls by itself, since only it knows how tall the texts are;
 * the server hears the taps only to restart the quiet spell.
 */
public class Pager extends Div {

    /*
     * A page is 90% of the box, so that the row cut at its bottom edge comes first on the next page; the
     * box's scroll snapping then lines that row up with the top. "overflowing" and the buttons' disabled state
     * follow the scroll position and the box's and the list's sizes, whichever changes.
     */
    private static final String PAGING = """
            const [pager, box, up, down] = [this, $0, $1, $2];
            const update = () => {
              const overflowing = box.scrollHeight > box.clientHeight + 1;
              pager.toggleAttribute('overflowing', overflowing);
              up.disabled = box.scrollTop <= 1;
              down.disabled = box.scrollTop + box.clientHeight >= box.scrollHeight - 1;
            };
            const page = direction => box.scrollBy({top: direction * box.clientHeight * 0.9, behavior: 'smooth'});
            up.addEventListener('click', () => page(-1));
            down.addEventListener('click', () => page(1));
            box.addEventListener('scroll', update, {passive: true});
            const sizes = new ResizeObserver(update);
            sizes.observe(box);
            if (box.firstElementChild) sizes.observe(box.firstElementChild);
            update();
            """;

    /**
     * @param list  what is paged through
     * @param texts the buttons' words: {@code <texts>.previous} and {@code <texts>.next} in the message bundles
     * @param onUse a page was turned: the citizen is still there
     */
    public Pager(Component list, String texts, Runnable onUse) {
        addClassName("pager");
        Div box = new Div(list);
        box.addClassName("pager-box");
        Button previous = new Button(getTranslation(texts + ".previous"), e -> onUse.run());
        Button next = new Button(getTranslation(texts + ".next"), e -> onUse.run());
        previous.addClassNames("pager-button", "pager-previous");
        next.addClassNames("pager-button", "pager-next");
        Div controls = new Div(previous, next);
        controls.addClassName("pager-controls");
        add(box, controls);
        getElement().executeJs(PAGING, box.getElement(), previous.getElement(), next.getElement());
    }
}

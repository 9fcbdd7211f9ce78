package vn.motcua.counter.shared;

import com.vaadin.flow.component.html.Div;

/** Says plainly, across the whole width, that the screen is not live, so nobody trusts a stale list. */
public final class ConnectionBanner extends Div {

    public ConnectionBanner() {
        addClassName("connection-banner");
        setText(getTranslation("banner.offline"));
        setVisible(false);
    }

    public void show(boolean offline) {
        setVisible(offline);
    }
}

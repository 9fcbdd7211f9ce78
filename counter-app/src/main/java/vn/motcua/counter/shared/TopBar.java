package vn.motcua.counter.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.motcua.client.StaffApi;
import vn.motcua.client.api.Role;

/** The strip at the top of every signed-in screen: where one is, who is signed in, their password, and the way out. */
public final class TopBar extends HorizontalLayout {

    public TopBar(String title, String place, StaffSession staff, Component... extra) {
        addClassName("top-bar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        H1 heading = new H1(title);
        Span where = new Span(place);
        where.addClassName("top-bar-place");
        Span who = new Span(staff.displayName());
        who.addClassName("top-bar-user");
        Button change = new Button(
                getTranslation("top.changePlace"), e -> UI.getCurrent().navigate(Routes.PLACE));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button password = new Button(
                getTranslation("top.password"), e -> new ChangePasswordDialog(StaffSession.api(StaffApi.class)).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.addClassName("top-bar-password");
        Button signOut = new Button(getTranslation("top.signOut"), e -> StaffSession.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, where);
        if (staff.mayWatchOffice()) {
            add(link(Routes.BOARD, "head.review.nav.board"), link(Routes.REVIEW, "head.review.nav.review"));
        }
        if (staff.mayWorkCounter() || staff.mayWatchOffice()) {
            add(link(Routes.DEADLINES, "deadlines.nav"));
            add(link(Routes.APPOINTMENTS, "appointments.nav"));
        }
        if (staff.has(Role.HEAD)) {
            add(link(Routes.INDICATORS, "indicators.nav"));
            add(link(Routes.FEEDBACK, "feedback.nav"));
        }
        if (staff.mayAdminister()) {
            add(link(Routes.ADMIN, "admin.nav"));
        }
        addToEnd(extra);
        addToEnd(who, password, change, signOut);
    }

    private Anchor link(String route, String key) {
        Anchor link = new Anchor(route, getTranslation(key));
        link.addClassName("top-bar-link");
        return link;
    }
}

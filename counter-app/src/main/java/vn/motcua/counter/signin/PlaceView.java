package vn.motcua.counter.signin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;

/** After sign-in a clerk picks (or confirms) his office and counter; a head may open the office's board instead. */
@PermitAll
@Route(Routes.PLACE)
@RouteAlias(Routes.START)
public class PlaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Select<OfficeView> office = new Select<>();
    private final Select<CounterView> counter = new Select<>();
    private final Button console = new Button();
    private final Button board = new Button();
    private final Button review = new Button();
    private final Button admin = new Button();
    private final Paragraph greeting = new Paragraph();
    private StaffSession staff;

    public PlaceView() {
        addClassName("place");
        setAlignItems(Alignment.CENTER);
        office.setLabel(getTranslation("place.office"));
        office.setItemLabelGenerator(OfficeView::name);
        office.setWidth("36rem");
        counter.setLabel(getTranslation("place.counter"));
        counter.setWidth("36rem");
        // Reads the office at labelling time: Select relabels its old items while the office is being changed.
        counter.setItemLabelGenerator(c -> c.name() + " — " + areaNames(office.getValue(), c));
        console.setText(getTranslation("place.openConsole"));
        console.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        console.addClickListener(e -> open(Routes.CONSOLE));
        board.setText(getTranslation("place.openBoard"));
        board.addThemeVariants(ButtonVariant.LUMO_LARGE);
        board.addClickListener(e -> open(Routes.BOARD));
        review.setText(getTranslation("head.review.nav.review"));
        review.addThemeVariants(ButtonVariant.LUMO_LARGE);
        review.addClickListener(e -> open(Routes.REVIEW));
        admin.setText(getTranslation("admin.nav"));
        admin.addThemeVariants(ButtonVariant.LUMO_LARGE);
        admin.addClickListener(e -> open(Routes.ADMIN));
        office.addValueChangeListener(e -> showCounters(e.getValue(), null));
        counter.addValueChangeListener(e -> enableButtons());
        Button signOut = new Button(getTranslation("top.signOut"), e -> StaffSession.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H2(getTranslation("place.heading")),
                greeting,
                office,
                counter,
                new HorizontalLayout(console, board, review, admin),
                signOut);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        staff = StaffSession.current();
        greeting.setText(getTranslation("place.greeting", staff.displayName()));
        board.setVisible(staff.mayWatchOffice());
        review.setVisible(staff.mayWatchOffice());
        admin.setVisible(staff.mayAdminister());
        console.setVisible(staff.mayWorkCounter());
        List<OfficeView> offices;
        try {
            offices = StaffSession.api(OfficeApi.class).offices();
        } catch (ApiException e) {
            Refusals.show(e);
            offices = List.of();
        }
        office.setItems(offices);
        OfficeView chosen = staff.office() != null
                ? find(offices, staff.office().id())
                : offices.size() == 1 ? offices.getFirst() : null;
        office.setValue(chosen);
        showCounters(chosen, staff.counter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("place.heading");
    }

    private void showCounters(OfficeView chosen, CounterView remembered) {
        List<CounterView> counters = chosen == null
                ? List.of()
                : chosen.counters().stream()
                        .filter(CounterView::active)
                        .sorted(Comparator.comparingInt(CounterView::number))
                        .toList();
        counter.setItems(counters);
        counter.setValue(
                remembered == null
                        ? null
                        : counters.stream()
                                .filter(c -> c.id() == remembered.id())
                                .findFirst()
                                .orElse(null));
        enableButtons();
    }

    private void enableButtons() {
        console.setEnabled(office.getValue() != null && counter.getValue() != null);
        board.setEnabled(office.getValue() != null);
        review.setEnabled(office.getValue() != null);
        admin.setEnabled(office.getValue() != null);
    }

    private void open(String route) {
        staff.choose(office.getValue(), counter.getValue());
        UI.getCurrent().navigate(route);
    }

    private static OfficeView find(List<OfficeView> offices, long id) {
        return offices.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    private static String areaNames(OfficeView office, CounterView counter) {
        if (office == null) {
            return "";
        }
        return office.areas().stream()
                .filter(a -> counter.areaIds().contains(a.id()))
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .map(a -> a.prefix() + " " + a.name())
                .collect(Collectors.joining(", "));
    }
}

package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.DeviceRequest;
import vn.motcua.client.api.DeviceView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.Role;

/** Kiosks, display boards and rating tablets: the list, a new device (its secret shown once), and revoking. */
class DevicesTab extends HorizontalLayout {

    static final List<Role> KINDS = List.of(Role.KIOSK, Role.DISPLAY, Role.RATING_TABLET);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static final class Form {
        Role kind;
        CounterView counter;
    }

    final Grid<DeviceView> grid = new Grid<>();
    final Select<Role> kind = new Select<>();
    final ComboBox<CounterView> counter = new ComboBox<>();
    final Button add = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final AdminView admin;
    private List<CounterView> counters = List.of();

    DevicesTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-devices");
        setWidthFull();
        ZoneId zone = admin.zone();
        grid.addColumn(DeviceView::code)
                .setHeader(getTranslation("admin.device.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation("admin.kind." + d.kind().name()))
                .setHeader(getTranslation("admin.device.kind"))
                .setFlexGrow(1);
        grid.addColumn(d -> d.counterId() == null ? "" : counterName(d.counterId()))
                .setHeader(getTranslation("admin.device.counter"))
                .setFlexGrow(1);
        grid.addColumn(d ->
                        d.createdAt() == null ? "" : WHEN.format(d.createdAt().atZone(zone)))
                .setHeader(getTranslation("admin.device.createdAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> d.revokedAt() == null
                        ? getTranslation("admin.device.working")
                        : getTranslation(
                                "admin.device.revokedAt",
                                WHEN.format(d.revokedAt().atZone(zone))))
                .setHeader(getTranslation("admin.device.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::newSecretButton).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(d -> d.revokedAt() == null ? null : "revoked");

        kind.setLabel(getTranslation("admin.device.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("admin.kind." + k.name()));
        counter.setLabel(getTranslation("admin.device.counter"));
        counter.setHelperText(getTranslation("admin.device.counter.help"));
        counter.setItemLabelGenerator(CounterView::name);
        kind.addValueChangeListener(e -> {
            boolean tablet = e.getValue() == Role.RATING_TABLET;
            counter.setEnabled(tablet);
            if (!tablet) {
                counter.clear();
            }
        });
        counter.setEnabled(false);

        binder.forField(kind)
                .asRequired(getTranslation("admin.device.kind.required"))
                .bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(counter)
                .withValidator(
                        c -> c != null || kind.getValue() != Role.RATING_TABLET,
                        getTranslation("admin.device.counter.required"))
                .bind(f -> f.counter, (f, v) -> f.counter = v);

        add.setText(getTranslation("admin.device.create"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> create());
        FormLayout fields = new FormLayout(kind, counter);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout form = new VerticalLayout(
                new H3(getTranslation("admin.device.add")),
                fields,
                add,
                new Paragraph(getTranslation("admin.device.addHelp")));
        form.addClassName("admin-form");
        form.setWidth("28rem");
        add(grid, form);
        setFlexGrow(1, grid);
        binder.readBean(new Form());
    }

    void show(OfficeView office) {
        counters = office.counters().stream()
                .sorted(Comparator.comparingInt(CounterView::number))
                .toList();
        counter.setItems(counters.stream().filter(CounterView::active).toList());
        grid.getDataProvider().refreshAll();
    }

    void reload() {
        try {
            grid.setItems(admin.devices().devices(admin.officeId()).stream()
                    .sorted(Comparator.comparing((DeviceView d) -> d.revokedAt() != null)
                            .thenComparing(DeviceView::code))
                    .toList());
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
    }

    private String counterName(long id) {
        return counters.stream()
                .filter(c -> c.id() == id)
                .map(CounterView::name)
                .findFirst()
                .orElse("#" + id);
    }

    private Button revokeButton(DeviceView device) {
        Button revoke = new Button(getTranslation("admin.device.revoke"), e -> confirmRevoke(device));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("revoke");
        revoke.setVisible(device.revokedAt() == null);
        return revoke;
    }

    private Button newSecretButton(DeviceView device) {
        Button reset = new Button(getTranslation("admin.device.newSecret"), e -> confirmNewSecret(device));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("new-secret");
        reset.setVisible(device.revokedAt() == null);
        return reset;
    }

    /** Asked first: every screen paired as the device stops until someone pairs it again with the new secret. */
    private void confirmNewSecret(DeviceView device) {
        Dialog confirm = new Dialog();
        confirm.addClassName("new-secret-dialog");
        confirm.setHeaderTitle(getTranslation("admin.device.newSecretTitle", device.code()));
        confirm.add(new Paragraph(getTranslation("admin.device.newSecretText")));
        Button yes = new Button(getTranslation("admin.device.newSecretYes"), e -> {
            confirm.close();
            try {
                DeviceView changed = admin.devices().resetDeviceSecret(admin.officeId(), device.id());
                new SecretDialog(changed, getTranslation("admin.device.newSecretMade", device.code())).open();
            } catch (ApiException ex) {
                ServerErrors.show(ex, Map.of());
            }
            reload();
        });
        yes.addClassName("new-secret-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("admin.cancel"), e -> confirm.close());
        no.addClassName("new-secret-no");
        confirm.getFooter().add(no, yes);
        confirm.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                confirm.removeFromParent();
            }
        });
        confirm.open();
    }

    private void confirmRevoke(DeviceView device) {
        Dialog confirm = new Dialog();
        confirm.addClassName("revoke-dialog");
        confirm.setHeaderTitle(getTranslation("admin.device.revokeTitle", device.code()));
        confirm.add(new Paragraph(getTranslation("admin.device.revokeText")));
        Button yes = new Button(getTranslation("admin.device.revokeYes"), e -> {
            confirm.close();
            revoke(device);
        });
        yes.addClassName("revoke-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("admin.cancel"), e -> confirm.close());
        no.addClassName("revoke-no");
        confirm.getFooter().add(no, yes);
        confirm.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                confirm.removeFromParent();
            }
        });
        confirm.open();
    }

    private void revoke(DeviceView device) {
        try {
            admin.devices().revokeDevice(admin.officeId(), device.id());
            admin.saved(getTranslation("admin.device.revoked", device.code()));
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
        reload();
    }

    private void create() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            DeviceView created = admin.devices()
                    .addDevice(
                            admin.officeId(),
                            new DeviceRequest(form.kind, form.counter == null ? null : form.counter.id()));
            binder.readBean(new Form());
            reload();
            new SecretDialog(created, getTranslation("admin.device.created", created.code())).open();
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of("kind", kind, "counterId", counter));
        }
    }
}

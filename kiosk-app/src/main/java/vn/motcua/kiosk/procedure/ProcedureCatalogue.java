package vn.motcua.kiosk.procedure;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.kiosk.shared.KioskHost;
import vn.motcua.kiosk.shared.Messages;
import vn.motcua.kiosk.shared.OnScreenKeyboard;

/**
 * "Tra cứu thủ tục": the office's procedures grouped by service area, so that a tap is enough and typing is
 * only a help; a procedure shows the documents to bring, the fee and the processing time, and takes a ticket
 * for its area. The screen keeps its search and choice when the kiosk draws it again in another language.
 */
public class ProcedureCatalogue extends Div {

    /** Vietnamese alphabetical order: "kết" before "khai", which plain string order reverses. */
    private static final Collator VIETNAMESE_ORDER = Collator.getInstance(Messages.VIETNAMESE);

    private final List<ProcedureView> procedures;
    private final KioskHost kiosk;
    private final StringBuilder query = new StringBuilder();
    private final Span queryText = new Span();
    private final Div list = new Div();
    private boolean typing;
    private ProcedureView chosen;

    /** {@code procedures}: the office's active procedures, as the server lists them. */
    public ProcedureCatalogue(List<ProcedureView> procedures, KioskHost kiosk) {
        this.procedures = procedures.stream().filter(ProcedureView::active).toList();
        this.kiosk = kiosk;
        addClassName("procedures");
        queryText.addClassName("procedure-query");
        list.addClassName("procedure-list");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        draw();
    }

    private void draw() {
        removeAll();
        if (chosen == null) {
            drawCatalogue();
        } else {
            drawDetails(chosen);
        }
    }

    private void drawCatalogue() {
        Span icon = new Span(getTranslation("procedure.search.label"));
        icon.addClassName("procedure-search-label");
        Button search = new Button();
        search.getElement().appendChild(icon.getElement(), queryText.getElement());
        search.addClassName("procedure-search");
        search.addClickListener(e -> {
            kiosk.touched();
            typing = !typing;
            draw();
        });
        add(title("procedure.title"), search);
        if (typing) {
            add(new OnScreenKeyboard(OnScreenKeyboard.WORDS, true, this::typed, this::erased));
        }
        add(list, button("kiosk.back", "kiosk-back", kiosk::home));
        refresh();
    }

    private void typed(String key) {
        kiosk.touched();
        if (!(key.isBlank() && (query.isEmpty() || query.charAt(query.length() - 1) == ' '))) {
            query.append(key);
        }
        refresh();
    }

    private void erased() {
        kiosk.touched();
        if (!query.isEmpty()) {
            query.setLength(query.length() - 1);
        }
        refresh();
    }

    private void refresh() {
        queryText.setText(query.isEmpty() ? getTranslation("procedure.search.hint") : query.toString());
        queryText.setClassName("procedure-query-empty", query.isEmpty());
        list.removeAll();
        Map<Optional<ServiceAreaView>, List<ProcedureView>> groups = groups();
        if (groups.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("procedure.none"));
            none.addClassName("procedure-none");
            list.add(none);
        }
        groups.forEach((area, members) -> {
            Div group = new Div(groupTitle(area));
            group.addClassName("procedure-group");
            members.forEach(procedure -> {
                Button item = new Button(procedure.name(), e -> {
                    kiosk.touched();
                    chosen = procedure;
                    draw();
                });
                item.addClassName("procedure-item");
                group.add(item);
            });
            list.add(group);
        });
    }

    /** Areas in the order of their ticket letters, as on the home screen; procedures of no known area last. */
    private Map<Optional<ServiceAreaView>, List<ProcedureView>> groups() {
        String typed = query.toString();
        Map<Optional<ServiceAreaView>, List<ProcedureView>> groups = new LinkedHashMap<>();
        kiosk.office().areas().stream()
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .forEach(area -> groups.put(
                        Optional.of(area),
                        procedures.stream()
                                .filter(p -> p.areaId() != null && p.areaId() == area.id())
                                .toList()));
        groups.put(
                Optional.empty(),
                procedures.stream().filter(p -> area(p).isEmpty()).toList());
        groups.replaceAll((area, members) -> members.stream()
                .filter(p -> Folding.matches(typed, p.name()) || Folding.matches(typed, p.code()))
                .sorted(Comparator.comparing(ProcedureView::name, VIETNAMESE_ORDER))
                .toList());
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private H2 groupTitle(Optional<ServiceAreaView> area) {
        H2 title = new H2();
        title.addClassName("procedure-group-title");
        area.ifPresentOrElse(
                a -> {
                    Span prefix = new Span(a.prefix());
                    prefix.addClassName("area-prefix");
                    title.add(prefix, new Span(areaName(a)));
                },
                () -> title.setText(getTranslation("procedure.other-area")));
        return title;
    }

    private void drawDetails(ProcedureView procedure) {
        H1 name = new H1(procedure.name());
        name.addClassNames("kiosk-title", "procedure-name");
        Div facts = new Div();
        facts.addClassName("procedure-facts");
        Optional<ServiceAreaView> area = area(procedure);
        area.ifPresent(a -> facts.add(line("procedure-area", getTranslation("procedure.area", areaName(a)))));
        facts.add(line("procedure-days", getTranslation("procedure.days", procedure.processingDays())));
        if (procedure.fee() != null && !procedure.fee().isBlank()) {
            facts.add(line("procedure-fee", getTranslation("procedure.fee", procedure.fee())));
        }
        H2 documentsTitle = new H2(getTranslation("procedure.documents"));
        documentsTitle.addClassName("procedure-documents-title");
        Div documents = new Div(documentsTitle);
        documents.addClassName("procedure-documents");
        List<String> required = procedure.requiredDocuments() == null ? List.of() : procedure.requiredDocuments();
        if (required.isEmpty()) {
            documents.add(line("procedure-documents-none", getTranslation("procedure.documents.none")));
        } else {
            OrderedList numbered = new OrderedList();
            required.forEach(document -> numbered.add(new ListItem(document)));
            documents.add(numbered);
        }
        Div actions = new Div();
        actions.addClassName("kiosk-ticket-actions");
        area.filter(ServiceAreaView::active)
                .ifPresent(a -> actions.add(button("procedure.ticket", "procedure-ticket", () -> kiosk.takeTicket(a))));
        actions.add(button("kiosk.back", "kiosk-back", () -> {
            kiosk.touched();
            chosen = null;
            draw();
        }));
        add(name, facts, documents, actions);
    }

    private Optional<ServiceAreaView> area(ProcedureView procedure) {
        return kiosk.office().areas().stream()
                .filter(a -> procedure.areaId() != null && a.id() == procedure.areaId())
                .findFirst();
    }

    private String areaName(ServiceAreaView area) {
        return Messages.isEnglish(getLocale()) && area.nameEn() != null ? area.nameEn() : area.name();
    }

    private Button button(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addClassName(className);
        return button;
    }

    private H1 title(String key) {
        H1 title = new H1(getTranslation(key));
        title.addClassName("kiosk-title");
        return title;
    }

    private static Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }
}

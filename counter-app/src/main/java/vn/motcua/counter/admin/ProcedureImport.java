package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ServiceAreaView;

/**
 * Imports a procedure catalogue from a CSV file: the columns explained, a sample file to start from, the upload,
 * and what came of it. The server takes all lines or none; when it refuses, each wrong line is listed in
 * Vietnamese so the whole file can be fixed in one go.
 */
class ProcedureImport extends VerticalLayout {

    /** Far above a real catalogue (a few hundred procedures, ~100 kB), low enough to keep in memory. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    final Upload upload;
    final Anchor sample;
    final Div result = new Div();
    private final AdminView admin;
    private final Runnable imported;
    private List<ServiceAreaView> areas = List.of();
    private byte[] sampleCsv = new byte[0];

    ProcedureImport(AdminView admin, Runnable imported) {
        this.admin = admin;
        this.imported = imported;
        addClassName("procedure-import");
        setPadding(false);
        UnorderedList columns = new UnorderedList();
        for (ProcedureColumn column : ProcedureColumn.values()) {
            Span header = new Span(column.header);
            header.addClassName("csv-column");
            columns.add(new ListItem(header, new Span(" — " + getTranslation(column.helpKey()))));
        }
        // made while the session is held (show), since a download is served without it
        sample = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(sampleCsv),
                        ProcedureColumn.SAMPLE_FILE,
                        "text/csv;charset=UTF-8",
                        sampleCsv.length)),
                AttachmentType.DOWNLOAD,
                getTranslation("admin.procedure.csv.sample"));
        sample.addClassName("csv-sample");

        upload = new Upload(new LimitedUpload(this::received));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("admin.procedure.csv.choose")));
        upload.setDropLabel(new Span(getTranslation("admin.procedure.csv.drop")));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admin.procedure.csv.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admin.procedure.csv.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("admin.procedure.csv.oneFile"))
                        .setFileIsTooBig(getTranslation("admin.procedure.csv.tooBig", MAX_BYTES / 1024 / 1024))
                        .setIncorrectFileType(getTranslation("admin.procedure.csv.notCsv"))));
        result.addClassName("import-result");

        add(
                new H3(getTranslation("admin.procedure.csv.title")),
                new Paragraph(getTranslation("admin.procedure.csv.help")),
                columns,
                sample,
                upload,
                result);
    }

    void show(OfficeView office) {
        areas = office.areas();
        sampleCsv = ProcedureColumn.sample(areas, key -> getTranslation(key)).getBytes(StandardCharsets.UTF_8);
    }

    private void received(UploadMetadata file, byte[] bytes) {
        upload.clearFileList();
        result.removeAll();
        String csv;
        try {
            csv = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            result.add(failure(getTranslation("admin.procedure.csv.notUtf8", file.fileName())));
            return;
        }
        try {
            ProcedureImportResult done = admin.offices().importProcedures(admin.officeId(), csv);
            String text = getTranslation("admin.procedure.csv.done", done.created(), done.updated());
            Paragraph summary = new Paragraph(text);
            summary.addClassName("import-done");
            result.add(summary);
            admin.confirm(text);
            imported.run();
        } catch (ApiException e) {
            if ("INVALID_CSV".equals(e.code())) {
                showProblems(e.fieldErrors());
            } else {
                ServerErrors.show(e, Map.of());
            }
        }
    }

    private void showProblems(List<Map<String, String>> problems) {
        UnorderedList lines = new UnorderedList();
        lines.addClassName("import-problems");
        problems.forEach(
                p -> lines.add(new ListItem(getTranslation("admin.procedure.csv.line", p.get("line"), describe(p)))));
        result.add(failure(getTranslation("admin.procedure.csv.refused", problems.size())), lines);
    }

    /**
     * The server words each problem in English with the column at fault, and no code of its own: the column
     * (and for the code column, whether the code is missing or repeated) chooses the Vietnamese sentence, and
     * a problem this screen does not know keeps the server's words.
     */
    private String describe(Map<String, String> problem) {
        String field = problem.getOrDefault("field", "");
        String message = problem.getOrDefault("message", "");
        if (message.startsWith("unknown column")) {
            return getTranslation("admin.procedure.csv.problem.unknownColumn", field, ProcedureColumn.headers());
        }
        if (message.equals("missing column")) {
            return getTranslation("admin.procedure.csv.problem.missingColumn", field);
        }
        return switch (field) {
            case "code" ->
                getTranslation(
                        message.contains("twice")
                                ? "admin.procedure.csv.problem.codeTwice"
                                : "admin.procedure.csv.problem.code",
                        ProceduresTab.CODE_MAX);
            case "name" -> getTranslation("admin.procedure.csv.problem.name", ProceduresTab.NAME_MAX);
            case "processing_days" -> getTranslation("admin.procedure.csv.problem.daysNumber");
            case "processingDays" -> getTranslation("admin.procedure.csv.problem.daysRange", ProceduresTab.DAYS_MAX);
            case "area_code" ->
                getTranslation(
                        "admin.procedure.csv.problem.area",
                        areas.stream().map(ServiceAreaView::code).collect(Collectors.joining(", ")));
            case "requiredDocuments" -> getTranslation("admin.procedure.csv.problem.documents");
            case "active" -> getTranslation("admin.procedure.csv.problem.active");
            case "" -> whole(message);
            default -> message;
        };
    }

    private String whole(String message) {
        if (message.startsWith("the line has")) {
            return getTranslation("admin.procedure.csv.problem.cells");
        }
        if (message.contains("not valid CSV")) {
            return getTranslation("admin.procedure.csv.problem.malformed");
        }
        if (message.contains("no procedures")) {
            return getTranslation("admin.procedure.csv.problem.empty");
        }
        return message;
    }

    private Paragraph failure(String text) {
        Paragraph failure = new Paragraph(text);
        failure.addClassName("import-refused");
        return failure;
    }

    /** Kept in memory, and refused by the framework above the limit even when a browser skips its own check. */
    private static final class LimitedUpload extends InMemoryUploadHandler {

        LimitedUpload(InMemoryUploadCallback received) {
            super(received);
        }

        @Override
        public long getFileSizeMax() {
            return MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return MAX_BYTES + 64 * 1024;
        }
    }
}

package vn.motcua.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.client.api.FormRegime;

/** Jasper prints nothing, and says nothing, when a text box is shorter than one line of its font. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TemplateLayoutTest {

    private static float lineHeightPerPoint;

    @BeforeAll
    static void measureTheFont() throws Exception {
        try (InputStream ttf =
                TemplateLayoutTest.class.getResourceAsStream("/fonts/bevietnampro/BeVietnamPro-Regular.ttf")) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, Objects.requireNonNull(ttf))
                    .deriveFont(100f);
            lineHeightPerPoint = font.getLineMetrics("Ặ", new FontRenderContext(null, true, true))
                            .getHeight()
                    / 100f;
        }
    }

    static Stream<String> everyTemplate() {
        Stream<String> dossierForms = Arrays.stream(FormRegime.values())
                .flatMap(
                        regime -> Arrays.stream(PdfReports.DossierForm.values()).map(f -> f.template(regime)));
        return Stream.concat(
                Stream.of(
                        PdfReports.TICKET_SLIP,
                        PdfReports.LATE_DOSSIERS,
                        PdfReports.CONTROL_SLIP,
                        PdfReports.MONTHLY_REPORT),
                dossierForms);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void every_text_box_is_at_least_one_line_of_its_font_tall(String template) {
        JasperReport report = new ReportEngine().compiled(template);

        List<String> tooShort = textElements(report)
                .filter(t -> t.getHeight() < needed(t))
                .map(t -> "y=" + t.getY() + " height " + t.getHeight() + " < " + needed(t))
                .toList();

        assertThat(tooShort).isEmpty();
    }

    private static float needed(JRTextElement t) {
        return t.getFontSize() * lineHeightPerPoint
                + t.getLineBox().getTopPadding()
                + t.getLineBox().getBottomPadding();
    }

    private static Stream<JRTextElement> textElements(JasperReport report) {
        Stream<JRBand> bands = Stream.concat(
                Stream.of(
                        report.getTitle(),
                        report.getPageHeader(),
                        report.getColumnHeader(),
                        report.getColumnFooter(),
                        report.getPageFooter(),
                        report.getLastPageFooter(),
                        report.getSummary(),
                        report.getNoData()),
                detailBands(report));
        return bands.filter(Objects::nonNull)
                .flatMap(band -> Arrays.stream(band.getElements()))
                .flatMap(TemplateLayoutTest::withChildren)
                .filter(JRTextElement.class::isInstance)
                .map(JRTextElement.class::cast);
    }

    private static Stream<JRBand> detailBands(JasperReport report) {
        JRSection detail = report.getDetailSection();
        return detail == null || detail.getBands() == null ? Stream.empty() : Arrays.stream(detail.getBands());
    }

    private static Stream<JRElement> withChildren(JRElement element) {
        return element instanceof JRFrame frame
                ? Arrays.stream(frame.getElements()).flatMap(TemplateLayoutTest::withChildren)
                : Stream.of(element);
    }
}

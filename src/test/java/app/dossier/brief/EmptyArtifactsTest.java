package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Empty artifacts go; everything that draws, reads or is named elsewhere stays (docs/decisions/0039). */
class EmptyArtifactsTest {
    private static String cleaned(String content) {
        EmptyArtifacts.Cleaned c = EmptyArtifacts.clean(content.getBytes(StandardCharsets.ISO_8859_1));
        return c == null ? null : new String(c.content(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEmptyArtifactGoesOneThatDrawsStays() {
        String drawing = "/Artifact /Prop2 BDC\n0.8 0.8 0.8 rg\n0 0 10 10 re\nf\nEMC\n";
        assertThat(cleaned("q\n/Artifact /Prop1 BDC\nEMC\n" + drawing + "Q\n")).isEqualTo("q\n" + drawing + "Q\n");
    }

    @Test
    void nestedEmptyArtifactsGoTogether() {
        assertThat(cleaned("/Artifact /P1 BDC /Artifact /P2 BDC EMC EMC /Span <</MCID 0>> BDC EMC "))
                .isEqualTo("/Span <</MCID 0>> BDC EMC ");
    }

    @Test
    void textThatSpellsTheOperatorsIsNotTouched() {
        String text = "BT\n/F1 9 Tf\n(/Artifact /Prop1 BDC EMC \\) /Artifact /Prop2 BDC EMC) Tj\n"
                + "% /Artifact /Prop3 BDC EMC\n<2F41727469666163742045> Tj\nET\n";
        assertThat(cleaned(text)).isEqualTo(text);
    }

    @Test
    void onlyTheNamesOfRemovedListsAreReportedAndAStillUsedOneIsKept() {
        EmptyArtifacts.Cleaned c = EmptyArtifacts.clean(("/Artifact /Prop1 BDC\nEMC\n/Artifact /Prop2 BDC\nEMC\n"
                + "/Artifact /Prop2 BDC\n0 0 1 1 re f\nEMC\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.names()).containsExactly(COSName.getPDFName("Prop1"));
    }

    @Test
    void aPageWithAnInlineImageIsLeftAsItIs() {
        assertThat(cleaned("/Artifact /P1 BDC EMC BI /W 1 /H 1 /CS /G /BPC 8 ID \u00ff EI ")).isNull();
    }

    @Test
    void aRenderedPageLosesItsEmptyArtifactsAndTheirListsAndReadsTheSame() throws Exception {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "<head><title>t</title><style>body { font-family: 'DejaVu Sans'; } td { border-bottom: 0.4pt solid #ccc; }"
                + " .k { background: #ffe7b8; }</style></head><body><p>Ein Absatz, Łukasz, Ольга, Γιώργος.</p>"
                + "<table><tbody><tr><td><span class=\"k\">warning</span></td><td>second cell</td></tr></tbody></table>"
                + "</body></html>";
        byte[] pdf = new PdfWriter().write(xhtml, "test").pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            String content;
            try (InputStream in = page.getContents()) {
                content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertThat(content).doesNotContainPattern("/Artifact /\\w+ BDC\\s+EMC");
            assertThat(content).as("the badge's background is still drawn").contains("/Artifact");
            COSDictionary lists = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            for (COSName name : lists.keySet()) {
                assertThat(content).as("every property list left is used").contains("/" + name.getName() + " ");
            }
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Ein Absatz, Łukasz, Ольга, Γιώργος.").contains("warning").contains("second cell");
        }
    }

    @Test
    void aDocumentIsRewrittenOnlyWhereSomethingWasRemoved() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write("/Artifact /Prop1 BDC\nEMC\n0 0 1 1 re f\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            COSDictionary lists = new COSDictionary();
            lists.setItem(COSName.getPDFName("Prop1"), new COSDictionary());
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.PROPERTIES, lists);
            page.setResources(resources);

            assertThat(new EmptyArtifacts().remove(document)).isEqualTo(1);
            try (InputStream in = page.getContents()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("0 0 1 1 re f\n");
            }
            assertThat(lists.size()).isZero();
            assertThat(new EmptyArtifacts().remove(document)).isZero();
        }
    }
}

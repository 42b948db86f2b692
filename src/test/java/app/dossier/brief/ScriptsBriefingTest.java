package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.mailbox.MessageService;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** German, Polish, Cyrillic and Greek names print and copy as written, in embedded fonts, with no ligatures. */
class ScriptsBriefingTest {
    @TempDir
    Path temp;

    @Test
    void namesInEveryScriptReadBackAsWritten() throws Exception {
        Path mail = temp.resolve("mail.eml");
        Files.writeString(mail, """
                From: =?UTF-8?Q?=C5=81ukasz_Wi=C5=9Bniewski?= <lukasz@example.pl>
                To: =?UTF-8?B?0J7Qu9GM0LPQsCDQmNCy0LDQvdC+0LLQsA==?= <olga@example.ru>
                Cc: =?UTF-8?B?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <giorgos@example.gr>
                Subject: =?UTF-8?Q?J=C3=BCrgen_Gro=C3=9F_and_the_office_workflow?=
                Date: Tue, 3 Mar 2026 10:15:00 +0100
                Message-ID: <scripts-1@example.pl>
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: 8bit

                Dear Ольга, dear Γιώργος,

                I must warn you that switching off the lockout lets anyone read the customer data.
                Jürgen Groß asked for it; the official office affirms the flow of finance files.

                Łukasz Wiśniewski
                """.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        try (OpenCase open = new CaseService(new CaseStores(Clock.systemUTC())).create(temp.resolve("c.dossier"),
                "Straße ./. Łódź", null)) {
            TestCases.importPaths(open.store(), mail);
            BriefingService service = new BriefingService(new TimelineService(new Classifier(), Clock.systemUTC()),
                    new MessageService(TestCases.BERLIN), QuoteCardSource.NONE, Clock.systemUTC());
            Briefing b = service.make(open, BriefingOptions.defaults(Locale.ENGLISH, Paper.A4), BriefingProgress.NONE);
            String text = PdfChecks.text(b.pdf());
            assertThat(b.exhibits()).isEqualTo(1);
            assertThat(text).contains("Łukasz Wiśniewski", "Ольга Иванова", "Γιώργος Παπαδόπουλος", "Jürgen Groß",
                    "Straße ./. Łódź", "official office affirms the flow of finance files");
            try (PDDocument document = Loader.loadPDF(b.pdf())) {
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                        assertThat(font.getName()).contains("DejaVu");
                    }
                }
            }
        }
    }
}

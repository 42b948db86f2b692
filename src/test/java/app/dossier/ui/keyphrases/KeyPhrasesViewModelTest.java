package app.dossier.ui.keyphrases;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.i18n.Messages;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.source.SampleSource;
import app.dossier.keyphrases.KeyPhraseService;
import app.dossier.keyphrases.SamplePhrases;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.PhraseCategory;
import app.dossier.model.PhraseSuggestion;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Key phrases view models on the built-in sample, without the FX toolkit (work runs at once). */
class KeyPhrasesViewModelTest {
    @TempDir
    Path temp;

    private final Clock clock = Clock.systemUTC();
    private final KeyPhraseService service = new KeyPhraseService(new TimelineService(new Classifier(), clock), clock);
    private final SimpleObjectProperty<OpenCase> openCase = new SimpleObjectProperty<>();
    private PhraseEditor editor;
    private KeyPhrasesViewModel model;
    private long threat;

    @BeforeEach
    void openSample() throws Exception {
        OpenCase open = new CaseService(new CaseStores(clock)).create(temp.resolve("k.dossier"), "Sample", new char[0]);
        TestCases.importer().importSources(open.store(), List.of(new SampleSource("en")), ImportListener.NONE,
                new AtomicBoolean());
        assertThat(SamplePhrases.tag(service, open, "en")).isEqualTo(5);
        threat = service.findMessage(open, "<0F9DB956-4292-46EE-9D04-DA0703B85948@kessler-logistik.de>").orElseThrow();
        editor = new PhraseEditor(service, Work.NOW, openCase, new SimpleObjectProperty<>(new Messages(Locale.ENGLISH)));
        model = new KeyPhrasesViewModel(editor);
        openCase.set(open);
        model.reload();
    }

    @AfterEach
    void close() {
        if (openCase.get() != null) {
            openCase.get().close();
        }
    }

    private List<Long> ids() {
        return model.visible().stream().map(QuoteCard::id).toList();
    }

    @Test
    void showsTheSampleCardsAndFiltersThem() {
        assertThat(model.visible()).hasSize(5);
        assertThat(model.visible().get(0).category()).isEqualTo(PhraseCategory.THEIR_WORDS);
        model.categoryProperty().set(PhraseCategory.MY_WARNING);
        assertThat(model.visible()).hasSize(2).allMatch(c -> c.authorName().equals("Jonas Becker"));
        model.categoryProperty().set(null);
        model.sideProperty().set(Side.THEIRS);
        assertThat(model.visible()).hasSize(2).allMatch(c -> c.authorName().equals("Markus Wendt"));
        model.sideProperty().set(null);
        model.personProperty().set("miriam.vogt@nordlicht-software.de");
        assertThat(model.visible()).singleElement().satisfies(c -> assertThat(c.category()).isEqualTo(PhraseCategory.APPROVAL));
        model.personProperty().set("");
        assertThat(model.people()).contains("Markus Wendt <markus.wendt@kessler-logistik.de>");
    }

    @Test
    void tagsInASourceThenUndoesAndRedoesWithTheSameCard() {
        SourceTagging tagging = new SourceTagging(editor);
        tagging.show(SourceKind.MESSAGE, threat);
        assertThat(tagging.highlights()).hasSize(2);
        String text = service.text(openCase.get(), SourceKind.MESSAGE, threat);
        int start = text.indexOf("Either you are incompetent");
        tagging.tag(start, text.indexOf("do it", start) + "do it".length(), PhraseCategory.ADMISSION_RISK, "");
        assertThat(editor.statusProperty().get()).isEqualTo("Tagged as Admission risk. Ctrl+Z undoes it.");
        assertThat(tagging.highlights()).hasSize(3);
        QuoteCard added = editor.cards().get(editor.cards().size() - 1);
        assertThat(added.quote()).isEqualTo("Either you are incompetent or you don't want to do it");
        assertThat(editor.canUndoProperty().get()).isTrue();

        editor.undo();
        assertThat(editor.cards()).hasSize(5).noneMatch(c -> c.id() == added.id());
        assertThat(tagging.highlights()).hasSize(2);
        editor.redo();
        assertThat(editor.cards()).hasSize(6).anyMatch(c -> c.id() == added.id() && c.quote().equals(added.quote()));

        tagging.untagAt(start + 3);
        assertThat(editor.cards()).hasSize(5);
        editor.undo();
        assertThat(editor.cards()).anyMatch(c -> c.id() == added.id());
        tagging.noteAt(start + 3, "say calmly: the decision was theirs");
        assertThat(editor.cards()).filteredOn(c -> c.id() == added.id()).singleElement()
                .satisfies(c -> assertThat(c.note()).isEqualTo("say calmly: the decision was theirs"));
        editor.undo();
        assertThat(editor.cards()).filteredOn(c -> c.id() == added.id()).singleElement()
                .satisfies(c -> assertThat(c.note()).isEmpty());
        assertThat(editor.canRedoProperty().get()).isTrue();
    }

    @Test
    void nothingSelectedTagsNothing() {
        SourceTagging tagging = new SourceTagging(editor);
        tagging.show(SourceKind.MESSAGE, threat);
        tagging.tag(10, 10, PhraseCategory.THREAT, "");
        assertThat(editor.statusProperty().get()).isEqualTo("Select the words to tag first.");
        assertThat(editor.cards()).hasSize(5);
    }

    @Test
    void movesCardsInTheUsersOrderAndUndoesTheMove() {
        List<Long> before = ids();
        model.move(model.visible().get(4), -1);
        assertThat(ids()).containsExactly(before.get(0), before.get(1), before.get(2), before.get(4), before.get(3));
        model.moveTo(model.visible().get(0), model.visible().get(4));
        assertThat(ids()).containsExactly(before.get(1), before.get(2), before.get(4), before.get(3), before.get(0));
        editor.undo();
        editor.undo();
        assertThat(ids()).isEqualTo(before);
        model.orderProperty().set(KeyPhrasesViewModel.Order.TIME);
        assertThat(model.visible()).isSortedAccordingTo(java.util.Comparator.comparing(QuoteCard::time));
    }

    @Test
    void copiesACitationAndExportsCsvAndMarkdown() throws Exception {
        QuoteCard warning = model.visible().stream().filter(c -> c.category() == PhraseCategory.MY_WARNING).findFirst()
                .orElseThrow();
        assertThat(model.citation(warning)).startsWith("\u201cWe explicitly warn against implementing these changes.\u201d "
                + "\u2014 Jonas Becker to Markus Wendt, Miriam Vogt and 6 more, 5 Mar 2026 11:20 +01:00, Message-ID <");
        Path csv = temp.resolve("cards.csv");
        model.exportCsv(csv);
        assertThat(Files.readAllLines(csv)).hasSize(6);
        Path md = temp.resolve("cards.md");
        model.exportMarkdown(md, "Kessler");
        assertThat(Files.readString(md)).startsWith("# Key phrases: Kessler").contains("## 1. Their words",
                "> We explicitly warn against implementing these changes.", "Exhibit: ");
        model.exportCsv(temp.resolve("missing-folder").resolve("x.csv"));
        assertThat(model.statusProperty().get()).startsWith("Could not write");
    }

    @Test
    void acceptsAndDismissesSuggestions() {
        assertThat(model.suggestions()).isNotEmpty();
        PhraseSuggestion first = model.suggestions().get(0);
        int open = model.suggestions().size();
        model.dismiss(first);
        assertThat(model.suggestions()).hasSize(open - 1).noneMatch(s -> s.key().equals(first.key()));
        PhraseSuggestion next = model.suggestions().get(0);
        model.accept(next);
        assertThat(editor.cards()).hasSize(6).anyMatch(c -> c.quote().equals(next.sentence()));
        editor.undo();
        assertThat(editor.cards()).hasSize(5);
        assertThat(model.suggestions()).anyMatch(s -> s.key().equals(next.key()));
        editor.undo();
        assertThat(model.suggestions()).anyMatch(s -> s.key().equals(first.key()));
    }
}

package app.dossier.ui.keyphrases;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.i18n.Messages;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.source.SampleSource;
import app.dossier.keyphrases.KeyPhraseService;
import app.dossier.model.PersonSide;
import app.dossier.model.Side;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who the user is and whose side each person is on, on the built-in sample, without the FX toolkit. */
class PartiesViewModelTest {
    private static final String JONAS = "jonas.becker@nordlicht-software.de";
    private static final String WENDT = "markus.wendt@kessler-logistik.de";

    @TempDir
    Path temp;

    private final Clock clock = Clock.systemUTC();
    private final KeyPhraseService service = new KeyPhraseService(new TimelineService(new Classifier(), clock), clock);
    private final SimpleObjectProperty<OpenCase> openCase = new SimpleObjectProperty<>();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final AtomicInteger changes = new AtomicInteger();
    private PartiesViewModel model;

    @BeforeEach
    void openSample() throws Exception {
        OpenCase open = new CaseService(new CaseStores(clock)).create(temp.resolve("p.dossier"), "Sample", new char[0]);
        TestCases.importer().importSources(open.store(), List.of(new SampleSource("en")), ImportListener.NONE,
                new AtomicBoolean());
        PhraseEditor editor = new PhraseEditor(service, Work.NOW, openCase,
                new SimpleObjectProperty<>(new Messages(Locale.ENGLISH)));
        model = new PartiesViewModel(editor, status, changes::incrementAndGet);
        openCase.set(open);
    }

    @AfterEach
    void close() {
        openCase.get().close();
    }

    @Test
    void theMailboxOwnerIsAssumedUntilTheUserConfirms() {
        model.load();
        assertThat(model.meProperty().get()).containsExactly(JONAS);
        assertThat(model.meChosenProperty().get()).as("only assumed so far").isFalse();

        model.confirmMe();
        model.load();
        assertThat(model.meChosenProperty().get()).isTrue();
        assertThat(model.meProperty().get()).containsExactly(JONAS);
        assertThat(changes.get()).isEqualTo(1);
        assertThat(status.get()).isEmpty();
    }

    @Test
    void savedSidesWinOverTheSuggestionAndCanGoBackToIt() {
        List<PersonSide> people = people();
        PersonSide wendt = people.stream().filter(p -> p.address().equals(WENDT)).findFirst().orElseThrow();
        assertThat(wendt.side()).as("suggested from the domains").isEqualTo(Side.THEIRS);
        assertThat(wendt.me()).isFalse();

        model.save(List.of(JONAS), List.of(new PersonSide(WENDT, wendt.name(), Side.NEUTRAL, wendt.suggested(), true,
                false, wendt.messages())));
        PersonSide saved = people().stream().filter(p -> p.address().equals(WENDT)).findFirst().orElseThrow();
        assertThat(saved.side()).isEqualTo(Side.NEUTRAL);
        assertThat(saved.chosen()).isTrue();

        model.save(List.of(JONAS), List.of(new PersonSide(WENDT, wendt.name(), Side.NEUTRAL, wendt.suggested(), false,
                false, wendt.messages())));
        PersonSide back = people().stream().filter(p -> p.address().equals(WENDT)).findFirst().orElseThrow();
        assertThat(back.side()).isEqualTo(Side.THEIRS);
        assertThat(back.chosen()).isFalse();
        assertThat(changes.get()).isEqualTo(2);
    }

    private List<PersonSide> people() {
        List<PersonSide> shown = new ArrayList<>();
        model.people(shown::addAll);
        assertThat(shown).isNotEmpty();
        return shown;
    }
}

package app.dossier.testing;

import app.dossier.cases.CaseService;
import app.dossier.cases.CaseSession;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.ImportService;
import app.dossier.ingest.source.SampleSource;
import app.dossier.store.CaseStores;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A real case with its session and the window's task adapter, without the FX toolkit: outcomes
 * are delivered on the worker threads, so view models can be tested as plain objects.
 */
public final class SessionFixture implements AutoCloseable {
    public final CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
    public final ImportService imports = TestCases.importer();
    public final TaskRunner tasks = new TaskRunner(Runnable::run, Clock.systemUTC());
    public final SimpleObjectProperty<OpenCase> openCase = new SimpleObjectProperty<>();
    public final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(new Messages(Locale.ENGLISH));
    private CaseSession session;

    /** Creates an empty case at {@code location} and opens it as the window would. */
    public SessionFixture(Path location) {
        OpenCase created = cases.create(location, "Fixture", new char[0]);
        session = new CaseSession(created, tasks.callbacks());
        tasks.attach(session);
        openCase.set(created);
    }

    /** Imports the built-in English sample story directly (not through a view model). */
    public SessionFixture withSample() throws java.io.IOException {
        imports.importInto(openCase.get(), List.of(new SampleSource("en")), ImportListener.NONE, new AtomicBoolean());
        return this;
    }

    public CaseSession session() {
        return session;
    }

    public OpenCase open() {
        return openCase.get();
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
        tasks.close();
    }
}

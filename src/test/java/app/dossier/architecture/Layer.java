package app.dossier.architecture;

import java.util.EnumSet;
import java.util.Set;

/**
 * The package table of DESIGN.md ("Packages"), the one copy in code: each package and the packages
 * it may depend on. The layer rules are generated from it, so a new arrow is a one-line, reviewed
 * change here. Listed bottom-up: a package names only packages above it in this list.
 */
enum Layer {
    MODEL("model"),
    SETTINGS("settings", MODEL),
    I18N("i18n", MODEL),
    STORE("store", MODEL),
    CASES("cases", MODEL, STORE),
    INGEST("ingest", MODEL, STORE, CASES),
    CLASSIFY("classify", MODEL),
    TIMELINE("timeline", MODEL, CLASSIFY, STORE, CASES, I18N),
    MAILBOX("mailbox", MODEL, STORE, CASES, INGEST),
    KEYPHRASES("keyphrases", MODEL, STORE, CASES, TIMELINE, I18N),
    REHEARSE("rehearse", MODEL, STORE, CASES, TIMELINE, KEYPHRASES, CLASSIFY, I18N),
    /** Also mailbox: the appendix prints each exhibit's header analysis as the viewer shows it (docs/decisions/0015-briefing-pdf.md). */
    BRIEF("brief", MODEL, STORE, CASES, TIMELINE, MAILBOX, KEYPHRASES, REHEARSE, I18N),
    /** The screens: the services, settings and texts; never the store (every write stays in a service). */
    UI("ui", MODEL, SETTINGS, I18N, CASES, INGEST, CLASSIFY, TIMELINE, MAILBOX, KEYPHRASES, REHEARSE, BRIEF),
    /** The command line: the services (the store for checks and imports), never the window. */
    CLI("cli", MODEL, SETTINGS, I18N, STORE, CASES, INGEST, CLASSIFY, TIMELINE, MAILBOX, KEYPHRASES, REHEARSE, BRIEF),
    /** The composition root builds everything. */
    APP("app", MODEL, SETTINGS, I18N, STORE, CASES, INGEST, CLASSIFY, TIMELINE, MAILBOX, KEYPHRASES, REHEARSE, BRIEF,
            UI, CLI);

    static final String BASE = "app.dossier";

    private final String name;
    private final Set<Layer> allowed;

    Layer(String name, Layer... allowed) {
        this.name = name;
        // Not an EnumSet: the enum's constants are not all there while they are being made.
        this.allowed = Set.of(allowed);
    }

    /** The ArchUnit package pattern, e.g. {@code app.dossier.store..}. */
    String packages() {
        return BASE + "." + name + "..";
    }

    String packageName() {
        return BASE + "." + name;
    }

    Set<Layer> allowed() {
        return Set.copyOf(allowed);
    }

    /** The packages of the app this one must not use (all others but itself and those it may use). */
    Set<Layer> forbidden() {
        Set<Layer> forbidden = EnumSet.allOf(Layer.class);
        forbidden.remove(this);
        forbidden.removeAll(allowed);
        return forbidden;
    }
}

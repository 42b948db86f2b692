package app.dossier.cases;

/** Where a job of a {@link CaseSession} runs. */
public enum Lane {
    /** Reads the user waits for (open a message, search, show a source): a small pool, never behind a long job. */
    QUICK,
    /** Work that takes seconds to minutes (import, timeline build, briefing): one at a time, with progress. */
    LONG
}

package app.dossier.model;

/** What a timeline event says happened. */
public enum EventKind {
    REQUEST, WARNING, APPROVAL, THREAT, INCIDENT, CHANGE, BLAME, MEETING, NOTE, OTHER
}

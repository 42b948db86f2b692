package app.dossier.model;

/** Which side of the dispute a person is on, seen from the user. */
public enum Side {
    OURS, THEIRS, NEUTRAL
}

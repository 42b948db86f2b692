package app.dossier.model;

/** The ways opening or creating a case can fail that a user can understand and act on. */
public enum CaseProblem {
    /** Nothing exists at the given location. */
    NOT_FOUND,
    /** Something exists there, but it is not a Dossier case. */
    NOT_A_CASE,
    /** A new case was asked for where something already exists. */
    ALREADY_EXISTS,
    /** The case is encrypted and no password was given. */
    PASSWORD_REQUIRED,
    /** The given password does not open the case. */
    WRONG_PASSWORD,
    /** Another Dossier (window or command) has the case open. */
    IN_USE,
    /** The case was written by a newer Dossier. */
    NEWER_VERSION,
    /** The case files cannot be read or written (disk full, permissions, damage). */
    STORAGE
}

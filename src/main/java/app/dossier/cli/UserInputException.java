package app.dossier.cli;

/** Bad input the user can fix (a missing file, an unreadable password file); its message is already localized. */
final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputException(String localizedMessage) {
        super(localizedMessage);
    }
}

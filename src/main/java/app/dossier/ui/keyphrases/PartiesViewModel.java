package app.dossier.ui.keyphrases;

import app.dossier.cases.OpenCase;
import app.dossier.model.PersonSide;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;

/**
 * Who the user is in the case and which side each person is on: asked while Dossier only assumes
 * the mailbox owner, and edited in the people dialog. Cards and suggestions follow a change.
 */
public final class PartiesViewModel {
    private final PhraseEditor editor;
    private final StringProperty status;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<Set<String>> me = new ReadOnlyObjectWrapper<>(this, "me", Set.of());
    private final ReadOnlyBooleanWrapper meChosen = new ReadOnlyBooleanWrapper(this, "meChosen", true);

    PartiesViewModel(PhraseEditor editor, StringProperty status, Runnable changed) {
        this.editor = editor;
        this.status = status;
        this.changed = changed;
    }

    /** Reads who the user is taken to be. */
    public void load() {
        OpenCase open = editor.open().orElse(null);
        if (open == null) {
            meChosen.set(true);
            return;
        }
        editor.run(open, () -> editor.service().parties(open), parties -> {
            me.set(parties.me());
            meChosen.set(parties.meChosen());
        }, e -> meChosen.set(true));
    }

    /** The user confirms the assumed addresses as theirs. */
    public void confirmMe() {
        Set<String> addresses = me.get();
        editor.open().ifPresent(open -> editor.run(open, () -> {
            editor.service().setMe(open, addresses);
            return addresses;
        }, done -> changed.run(), this::failed));
    }

    /** Everyone in the mail with their side, for the people dialog. */
    public void people(Consumer<List<PersonSide>> show) {
        editor.open().ifPresent(open -> editor.run(open, () -> editor.service().people(open), show, this::failed));
    }

    /** Saves the user's addresses and the sides they chose ({@code chosen} false: back to the suggestion). */
    public void save(List<String> addresses, List<PersonSide> sides) {
        editor.open().ifPresent(open -> editor.run(open, () -> {
            editor.service().setMe(open, addresses);
            for (PersonSide p : sides) {
                editor.service().setSide(open, p.address(), p.chosen() ? p.side() : null);
            }
            return sides.size();
        }, n -> changed.run(), this::failed));
    }

    private void failed(Throwable e) {
        status.set(editor.citations().messages().format("phrases.status.failed",
                new app.dossier.i18n.FailureTexts(editor.citations().messages()).describe(e)));
    }

    /** The user's addresses as Dossier takes them (set, or the mailbox owner). */
    public ReadOnlyObjectProperty<Set<String>> meProperty() {
        return me.getReadOnlyProperty();
    }

    /** Whether the user said who they are. */
    public ReadOnlyBooleanProperty meChosenProperty() {
        return meChosen.getReadOnlyProperty();
    }
}

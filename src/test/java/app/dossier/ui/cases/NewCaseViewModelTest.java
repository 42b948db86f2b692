package app.dossier.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-case form asks for the user's own addresses: optional, several allowed, each checked. */
class NewCaseViewModelTest {
    @TempDir
    Path temp;

    @Test
    void takesSeveralAddressesAndRefusesANameForAnAddress() {
        NewCaseViewModel form = new NewCaseViewModel(new Messages(Locale.ENGLISH), temp);
        form.titleProperty().set("Kessler");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.meAddresses()).isEmpty();
        form.meProperty().set(" jonas.becker@nordlicht-software.de, jb@example.org ;");
        assertThat(form.meAddresses()).containsExactly("jonas.becker@nordlicht-software.de", "jb@example.org");
        assertThat(form.problemProperty().get()).isEmpty();
        form.meProperty().set("Jonas Becker");
        assertThat(form.problemProperty().get()).isEqualTo("Not an e-mail address: Jonas");
    }
}

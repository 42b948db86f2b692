package app.dossier.ui.shell;

import app.dossier.i18n.Messages;
import java.util.Optional;
import javafx.scene.Node;

/** Builds the view of a section; empty for a section that is not built yet. */
public interface SectionFactory {
    Optional<Node> create(Section section, Messages messages);

    SectionFactory NONE = (section, messages) -> Optional.empty();
}

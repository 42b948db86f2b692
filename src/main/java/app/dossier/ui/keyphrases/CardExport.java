package app.dossier.ui.keyphrases;

import app.dossier.keyphrases.CardFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/** Writes all quote cards to a file in the background and says how it went. */
final class CardExport {
    private CardExport() {
    }

    static void write(PhraseEditor editor, Path target, Function<CardFormats, String> how, Consumer<String> status) {
        CardFormats formats = new CardFormats(editor.citations());
        String content = how.apply(formats);
        var messages = editor.citations().messages();
        editor.work().run(() -> {
            try {
                Files.writeString(target, content, StandardCharsets.UTF_8);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> status.accept(messages.format("phrases.status.exported", done.toString())),
                e -> status.accept(messages.format("phrases.status.exportFailed", target.toString(),
                        new app.dossier.i18n.FailureTexts(messages).describe(e))));
    }
}

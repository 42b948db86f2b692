package app.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FailureReasonTest {
    @ParameterizedTest
    @EnumSource(FailureCode.class)
    void theEnglishSentenceReadsBackAsTheSameReason(FailureCode code) {
        Object[] parameters = new Object[code.parameters()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = "value " + i + " (x: y)";
        }
        FailureReason reason = FailureReason.of(code, parameters);
        assertThat(FailureReason.fromLegacy(reason.english())).isEqualTo(reason);
    }

    @Test
    void sentencesOfEarlierVersionsBecomeTheirCodes() {
        assertThat(FailureReason.fromLegacy("the file is empty")).isEqualTo(FailureReason.of(FailureCode.FILE_EMPTY));
        assertThat(FailureReason.fromLegacy("cannot read the file: permission denied"))
                .isEqualTo(FailureReason.of(FailureCode.FILE_UNREADABLE, "permission denied"));
        assertThat(FailureReason.fromLegacy("message larger than 64 MB"))
                .isEqualTo(FailureReason.of(FailureCode.MESSAGE_TOO_LARGE, "64"));
        assertThat(FailureReason.fromLegacy("could not be read (StackOverflowError)"))
                .isEqualTo(FailureReason.of(FailureCode.UNREADABLE_ITEM, "StackOverflowError"));
        assertThat(FailureReason.fromLegacy("damaged Outlook file (IOException)"))
                .isEqualTo(FailureReason.of(FailureCode.OUTLOOK_DAMAGED, "IOException"));
    }

    @Test
    void anUnknownSentenceIsKeptAsItIs() {
        FailureReason reason = FailureReason.fromLegacy("the tape drive jammed");
        assertThat(reason.code()).isEqualTo(FailureCode.LEGACY);
        assertThat(reason.parameters()).containsExactly("the tape drive jammed");
    }

    @Test
    void aCodeTakesExactlyItsParameters() {
        assertThatThrownBy(() -> new FailureReason(FailureCode.FILE_EMPTY, List.of("surplus")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FailureReason.of(FailureCode.SOURCE_INCOMPLETE, "only one"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

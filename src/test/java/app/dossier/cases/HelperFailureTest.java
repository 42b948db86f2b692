package app.dossier.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A helper thread's failure is the job's own, not the wrapper around it. */
class HelperFailureTest {
    @Test
    void whatTheHelperThrewComesOutUnwrapped() {
        UncheckedIOException gone = new UncheckedIOException(new IOException("disk full"));
        assertThat(HelperFailure.of(new ExecutionException(gone))).isSameAs(gone);
        assertThat(HelperFailure.of(new CompletionException(gone))).isSameAs(gone);
        IOException checked = new IOException("locked");
        assertThat(HelperFailure.of(new ExecutionException(checked))).isInstanceOf(IllegalStateException.class)
                .hasCauseReference(checked);
        OutOfMemoryError full = new OutOfMemoryError("heap");
        assertThatThrownBy(() -> HelperFailure.of(new ExecutionException(full))).isSameAs(full);
    }
}

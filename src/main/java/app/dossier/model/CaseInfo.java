package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Identity of one case: the dispute a case store is about. */
public record CaseInfo(UUID caseUuid, String title, OffsetDateTime createdAt) {
    public CaseInfo {
        Objects.requireNonNull(caseUuid, "caseUuid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

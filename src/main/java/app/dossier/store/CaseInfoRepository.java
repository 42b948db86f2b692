package app.dossier.store;

import app.dossier.model.CaseInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The one row that says which dispute a case is about. */
public final class CaseInfoRepository {
    private final CaseStore store;

    public CaseInfoRepository(CaseStore store) {
        this.store = store;
    }

    public Optional<CaseInfo> find() {
        return store.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT case_uuid, title, created_at FROM case_info WHERE id = 1");
                 ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CaseInfo(row.getObject(1, UUID.class), row.getString(2),
                        row.getObject(3, OffsetDateTime.class)));
            }
        });
    }

    void insert(CaseInfo info) {
        store.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO case_info (id, case_uuid, title, created_at) VALUES (1, ?, ?, ?)")) {
                statement.setObject(1, info.caseUuid());
                statement.setString(2, info.title());
                statement.setObject(3, info.createdAt());
                return statement.executeUpdate();
            }
        });
    }

    public void rename(String title) {
        store.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE case_info SET title = ? WHERE id = 1")) {
                statement.setString(1, title);
                return statement.executeUpdate();
            }
        });
    }
}

package app.dossier.brief.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code manifest.csv} of a bundle: one row per file (path, SHA-256, size, Message-ID, source). It
 * lists every file of the bundle but itself, so verify can tell altered, missing and added files apart.
 */
public final class BundleManifest {
    public static final String NAME = "manifest.csv";
    static final String HEADER = "path,sha256,size,message_id,source";

    private BundleManifest() {
    }

    /** One file of a bundle. */
    public record Row(String path, String sha256, long size, String messageId, String source) {
    }

    static String write(List<Row> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            out.append(cell(r.path())).append(',').append(r.sha256()).append(',').append(r.size()).append(',')
                    .append(cell(r.messageId())).append(',').append(cell(r.source())).append('\n');
        }
        return out.toString();
    }

    static List<Row> read(String csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new StringReader(csv))) {
            String header = in.readLine();
            if (header == null || !header.equals(HEADER)) {
                throw new IOException("not a Dossier bundle manifest");
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.size() != 5) {
                    throw new IOException("malformed manifest line: " + line);
                }
                try {
                    rows.add(new Row(cells.get(0), cells.get(1), Long.parseLong(cells.get(2)), cells.get(3), cells.get(4)));
                } catch (NumberFormatException e) {
                    throw new IOException("malformed size in manifest line: " + line, e);
                }
            }
        }
        return rows;
    }

    private static String cell(String value) {
        String v = value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

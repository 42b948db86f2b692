package app.dossier.cli;

import app.dossier.mailbox.MessageListing;
import app.dossier.model.Address;
import app.dossier.model.ListedMessage;
import app.dossier.model.MessageFlag;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** {@code dossier messages} output, one message at a time: json (an array), csv (with a header row) or text. */
abstract class MessageFormats implements AutoCloseable {
    static final List<String> CSV_COLUMNS = List.of("id", "date", "from", "to", "cc", "subject", "message_id",
            "first_words", "flags", "spf", "dkim", "dmarc", "smime", "smime_parties");

    abstract void write(ListedMessage m);

    @Override
    public abstract void close();

    static MessageFormats of(String format, PrintWriter out) {
        return switch (format) {
            case "json" -> new Json(out);
            case "csv" -> new Csv(out);
            default -> new Text(out);
        };
    }

    static String date(ListedMessage m) {
        return m.sentAt() == null ? "" : m.sentAt().toString();
    }

    static String people(List<Address> addresses) {
        return addresses.stream().map(Address::display).collect(Collectors.joining(", "));
    }

    static String flags(ListedMessage m) {
        return m.flags().stream().map(MessageFlag::name).sorted().collect(Collectors.joining(","));
    }

    private static final class Text extends MessageFormats {
        private final PrintWriter out;

        Text(PrintWriter out) {
            this.out = out;
        }

        @Override
        void write(ListedMessage m) {
            out.println("message " + m.id() + "  " + (m.sentAt() == null ? "(no date)" : date(m)) + "  "
                    + m.from().display() + "  " + m.subject());
            line("to", people(m.to()));
            line("cc", people(m.cc()));
            line("id", m.messageId());
            line("flags", flags(m));
            StringBuilder auth = new StringBuilder();
            append(auth, "spf", m.spf());
            append(auth, "dkim", m.dkim());
            append(auth, "dmarc", m.dmarc());
            append(auth, "smime", MessageListing.smimeVerdict(m.smime()));
            line("auth", auth.toString());
            line("smime", String.join("; ", MessageListing.smimeParties(m.smime())));
            line("text", m.firstWords());
            out.println();
        }

        private static void append(StringBuilder out, String name, String value) {
            if (!value.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(name).append('=').append(value);
            }
        }

        private void line(String name, String value) {
            if (!value.isEmpty()) {
                out.println("  " + name + ": " + value);
            }
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private static final class Csv extends MessageFormats {
        private final PrintWriter out;

        Csv(PrintWriter out) {
            this.out = out;
            out.println(String.join(",", CSV_COLUMNS));
        }

        @Override
        void write(ListedMessage m) {
            List<String> cells = List.of(String.valueOf(m.id()), date(m), m.from().display(), people(m.to()),
                    people(m.cc()), m.subject(), m.messageId(), m.firstWords(), flags(m), m.spf(), m.dkim(), m.dmarc(),
                    MessageListing.smimeVerdict(m.smime()), String.join("; ", MessageListing.smimeParties(m.smime())));
            out.println(cells.stream().map(Csv::cell).collect(Collectors.joining(",")));
        }

        /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
        static String cell(String value) {
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                return "\"" + value.replace("\"", "\"\"") + "\"";
            }
            return value;
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private static final class Json extends MessageFormats {
        private final JsonGenerator json;

        Json(PrintWriter out) {
            try {
                json = new ObjectMapper().getFactory().createGenerator(out);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void write(ListedMessage m) {
            try {
                json.writeStartObject();
                json.writeNumberField("id", m.id());
                json.writeStringField("date", m.sentAt() == null ? null : date(m));
                address(json, "from", m.from());
                addresses(json, "to", m.to());
                addresses(json, "cc", m.cc());
                json.writeStringField("subject", m.subject());
                json.writeStringField("message_id", m.messageId());
                json.writeStringField("first_words", m.firstWords());
                json.writeArrayFieldStart("flags");
                for (MessageFlag f : m.flags().stream().sorted().toList()) {
                    json.writeString(f.name());
                }
                json.writeEndArray();
                json.writeObjectFieldStart("authenticity");
                json.writeStringField("spf", m.spf());
                json.writeStringField("dkim", m.dkim());
                json.writeStringField("dmarc", m.dmarc());
                json.writeStringField("smime", MessageListing.smimeVerdict(m.smime()));
                json.writeArrayFieldStart("smime_parties");
                for (String p : MessageListing.smimeParties(m.smime())) {
                    json.writeString(p);
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void address(JsonGenerator json, String field, Address a) throws IOException {
            json.writeObjectFieldStart(field);
            json.writeStringField("name", a.name());
            json.writeStringField("email", a.email());
            json.writeEndObject();
        }

        private static void addresses(JsonGenerator json, String field, List<Address> list) throws IOException {
            json.writeArrayFieldStart(field);
            for (Address a : list) {
                json.writeStartObject();
                json.writeStringField("name", a.name());
                json.writeStringField("email", a.email());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        @Override
        public void close() {
            try {
                json.writeEndArray();
                json.writeRaw('\n');
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

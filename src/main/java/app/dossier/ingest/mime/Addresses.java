package app.dossier.ingest.mime;

import app.dossier.model.Address;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/** Address headers into {@link Address}es, forgiving as mail clients are. */
public final class Addresses {
    private Addresses() {
    }

    public static List<Address> parseList(String value) {
        List<Address> result = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return result;
        }
        try {
            AddressList list = LenientAddressParser.DEFAULT.parseAddressList(value);
            for (org.apache.james.mime4j.dom.address.Address a : list) {
                if (a instanceof Mailbox m) {
                    result.add(toAddress(m));
                } else if (a instanceof Group g) {
                    for (Mailbox m : g.getMailboxes()) {
                        result.add(toAddress(m));
                    }
                }
            }
        } catch (RuntimeException e) {
            result.add(new Address(decodeWords(value), ""));
        }
        if (result.isEmpty()) {
            result.add(new Address(decodeWords(value), ""));
        }
        return result;
    }

    public static Address parseOne(String value) {
        List<Address> list = parseList(value);
        return list.isEmpty() ? new Address("", "") : list.get(0);
    }

    private static Address toAddress(Mailbox m) {
        String name = m.getName() == null ? "" : decodeWords(m.getName());
        String local = m.getLocalPart() == null ? "" : m.getLocalPart();
        String domain = m.getDomain() == null ? "" : m.getDomain();
        String email = domain.isEmpty() ? local : local + "@" + domain;
        return new Address(name, email);
    }

    static String decodeWords(String text) {
        if (text == null) {
            return "";
        }
        String decoded = text.contains("=?") ? DecoderUtil.decodeEncodedWords(text, DecodeMonitor.SILENT) : text;
        return decoded.replaceAll("[\\r\\n]+", " ").strip();
    }
}

package app.dossier.store;

import app.dossier.model.Address;
import java.util.ArrayList;
import java.util.List;

/** Address lists in one text column: one "email TAB name" line per address. */
final class AddressCodec {
    private AddressCodec() {
    }

    static String encode(List<Address> addresses) {
        StringBuilder out = new StringBuilder();
        for (Address a : addresses) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(clean(a.email())).append('\t').append(clean(a.name()));
        }
        return out.toString();
    }

    static List<Address> decode(String text) {
        List<Address> result = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return result;
        }
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            result.add(tab < 0 ? new Address("", line) : new Address(line.substring(tab + 1), line.substring(0, tab)));
        }
        return result;
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }
}

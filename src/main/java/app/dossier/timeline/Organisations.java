package app.dossier.timeline;

import java.util.Locale;
import java.util.Set;

/**
 * Which organisation a person writes for, by the domain of their address: "d.zanon@magazzinibrenta.it"
 * and "amministrazione@mail.magazzinibrenta.it" are one organisation. An address at a public mail
 * provider says nothing about anyone's employer, so it has none.
 */
final class Organisations {
    private static final Set<String> PUBLIC = Set.of("gmail.com", "googlemail.com", "gmx.de", "gmx.net", "gmx.at",
            "gmx.ch", "gmx.com", "web.de", "t-online.de", "freenet.de", "arcor.de", "mail.de", "posteo.de",
            "mailbox.org", "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "hotmail.co.uk", "live.com",
            "live.de", "msn.com", "yahoo.com", "yahoo.de", "yahoo.co.uk", "icloud.com", "me.com", "aol.com",
            "proton.me", "protonmail.com", "bluewin.ch", "btinternet.com", "sky.com", "libero.it", "virgilio.it",
            "orange.fr", "free.fr", "wp.pl", "o2.pl", "interia.pl", "yandex.ru");
    /** Second-level labels under which a country's companies register ("brindleygardens.co.uk"). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "or", "ne", "gv",
            "edu", "ltd", "plc");

    private Organisations() {
    }

    /** The organisation of a person's key (an address in lower case), or "" when the address tells none. */
    static String of(String person) {
        int at = person.lastIndexOf('@');
        if (at < 0) {
            return "";
        }
        String domain = person.substring(at + 1).toLowerCase(Locale.ROOT).replaceAll("[>\\s]", "");
        String[] labels = domain.split("\\.");
        if (labels.length < 2) {
            return "";
        }
        int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && SECOND_LEVEL.contains(labels[labels.length - 2]) ? 3 : 2;
        String organisation = String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
        return PUBLIC.contains(organisation) || PUBLIC.contains(domain) ? "" : organisation;
    }
}

package app.dossier.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the author wrote in this message: quoted replies ("&gt;" lines, "On … wrote:", "Am …
 * schrieb …:", Outlook "-----Original Message-----" and "From:/Von: … Sent:/Gesendet:" blocks),
 * forwarded parts and the signature are cut off, so earlier messages are not classified again.
 */
public final class OwnText {
    static final Pattern CUT = Pattern.compile("(?im)^\\s*("
            + "-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Originalnachricht|Forwarded message|Weitergeleitete Nachricht)\\s*-{2,}.*"
            + "|-{5,}.*(Original|Forward|Weitergeleitet).*"
            + "|On .{5,200}(wrote|schrieb):\\s*"
            + "|Am .{5,200}(schrieb|wrote) .{0,200}:\\s*"
            + "|(From|Von):\\s.+\\R\\s*(Sent|Gesendet|Date|Datum):.*"
            + "|_{10,}\\s*"
            + "|-------- (Weitergeleitete Nachricht|Forwarded Message|Original Message) --------.*"
            + ")$");
    static final Pattern SIGN_OFF = Pattern.compile("(?im)^\\s*(-- ?|Mit freundlichen Grüßen|Freundliche Grüße|"
            + "Viele Grüße|Beste Grüße|Liebe Grüße|Schöne Grüße|Gruß|Grüße|Kind regards|Best regards|Regards|Best wishes|"
            + "Many thanks and kind regards|Thanks and regards|Cheers|Sincerely|Yours sincerely|Thanks|Danke)[,!.]?\\s*$");
    static final Pattern SENT_FROM = Pattern.compile("(?im)^\\s*(Sent from my|Von meinem|Gesendet von).*$");
    /**
     * The characters the branches of {@link #CUT}, {@link #SIGN_OFF} and {@link #SENT_FROM} begin with, in
     * either case ({@code (?i)} without {@code u} folds ASCII only): a line starting otherwise is not tried.
     */
    static final String CUT_STARTS = "-_oOaAfFvV";
    static final String SIGN_OFF_STARTS = "-mMfFvVbBlLsSgGkKrRcCyYtTdD";
    static final String SENT_FROM_STARTS = "sSvVgG";

    private OwnText() {
    }

    public static String of(String body) {
        String text = body.replace("\r\n", "\n");
        // The three expressions start at a line start: tried at line starts only (MatchStarts), not at every character.
        var cut = CUT.matcher(text);
        if (MatchStarts.atLineStarts(cut, text, 0, CUT_STARTS)) {
            text = text.substring(0, cut.start());
        }
        if (text.indexOf('>') >= 0) { // without a '>' no line is a quote, and splitting and joining gives the text back
            List<String> kept = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (!line.stripLeading().startsWith(">")) {
                    kept.add(line);
                }
            }
            text = String.join("\n", kept);
        }
        // The first closing line after some text ends the author's words ("Thanks," as the opening does not).
        var signOff = SIGN_OFF.matcher(text);
        for (int from = 0; MatchStarts.atLineStarts(signOff, text, from, SIGN_OFF_STARTS); from = signOff.end()) {
            if (!text.substring(0, signOff.start()).isBlank()) {
                text = text.substring(0, signOff.start());
                break;
            }
        }
        var sent = SENT_FROM.matcher(text);
        if (MatchStarts.atLineStarts(sent, text, 0, SENT_FROM_STARTS)) {
            text = text.substring(0, sent.start());
        }
        return text.strip();
    }
}

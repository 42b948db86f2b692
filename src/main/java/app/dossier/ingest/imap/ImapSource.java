package app.dossier.ingest.imap;

import app.dossier.model.ItemFormat;
import app.dossier.ingest.source.ItemSink;
import app.dossier.ingest.source.RawItem;
import app.dossier.ingest.source.SourceReader;
import app.dossier.model.ImportFailure;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.ReceivedDateTerm;
import jakarta.mail.search.RecipientStringTerm;
import jakarta.mail.search.SearchTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** Reads one IMAP folder, read-only, as originals byte for byte; the location is folder and UID. */
public final class ImapSource implements SourceReader {
    private final ImapSettings settings;

    public ImapSource(ImapSettings settings) {
        this.settings = settings;
    }

    @Override
    public String describe() {
        return settings.location();
    }

    @Override
    public long size() {
        return -1;
    }

    /** The folders of the account, for the folder chooser. */
    public static List<String> folders(ImapSettings settings) throws IOException {
        try (Store store = connect(settings)) {
            List<String> names = new ArrayList<>();
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) != 0) {
                    names.add(f.getFullName());
                }
            }
            return names;
        } catch (MessagingException e) {
            throw new IOException(reason(e), e);
        }
    }

    @Override
    public void read(ItemSink sink) throws IOException, InterruptedException {
        try (Store store = connect(settings)) {
            Folder folder = store.getFolder(settings.folder());
            if (!folder.exists()) {
                throw new IOException("the folder \"" + settings.folder() + "\" does not exist");
            }
            folder.open(Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                SearchTerm term = searchTerm();
                Message[] messages = term == null ? folder.getMessages() : folder.search(term);
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(messages, profile);
                for (Message message : messages) {
                    if (sink.cancelled()) {
                        return;
                    }
                    long uid = uids.getUID(message);
                    SourceRef source = new SourceRef(SourceKind.IMAP, settings.location(), -1, uid,
                            "UIDVALIDITY " + validity);
                    try {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        if (message instanceof org.eclipse.angus.mail.imap.IMAPMessage imap) {
                            imap.setPeek(true); // reading must not mark anything as seen
                        }
                        message.writeTo(out);
                        sink.item(new RawItem(out.toByteArray(), source, ItemFormat.RFC822));
                    } catch (MessagingException | IOException e) {
                        sink.failure(new ImportFailure(source, app.dossier.model.FailureCode.IMAP_FETCH_FAILED, reason(e)));
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new IOException(reason(e), e);
        }
    }

    private SearchTerm searchTerm() {
        List<SearchTerm> terms = new ArrayList<>();
        ZoneId zone = ZoneId.systemDefault();
        if (settings.from() != null) {
            terms.add(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(settings.from().atStartOfDay(zone).toInstant())));
        }
        if (settings.to() != null) {
            terms.add(new ReceivedDateTerm(ComparisonTerm.LT,
                    Date.from(settings.to().plusDays(1).atStartOfDay(zone).toInstant())));
        }
        if (!settings.participant().isEmpty()) {
            String p = settings.participant();
            terms.add(new OrTerm(new SearchTerm[] {new FromStringTerm(p), new RecipientStringTerm(Message.RecipientType.TO, p),
                    new RecipientStringTerm(Message.RecipientType.CC, p)}));
        }
        if (terms.isEmpty()) {
            return null;
        }
        return terms.size() == 1 ? terms.get(0) : new AndTerm(terms.toArray(new SearchTerm[0]));
    }

    private static Store connect(ImapSettings settings) throws MessagingException {
        boolean ssl = settings.security() == ImapSettings.Security.IMAPS;
        String protocol = ssl ? "imaps" : "imap";
        Properties props = new Properties();
        props.put("mail.store.protocol", protocol);
        props.put("mail." + protocol + ".host", settings.host());
        props.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        props.put("mail." + protocol + ".connectiontimeout", "20000");
        props.put("mail." + protocol + ".timeout", "60000");
        props.put("mail." + protocol + ".partialfetch", "false");
        props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        if (settings.security() == ImapSettings.Security.STARTTLS) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
        }
        Session session = Session.getInstance(props);
        Store store = session.getStore(protocol);
        store.connect(settings.host(), settings.port(), settings.user(), new String(settings.password()));
        return store;
    }

    /** A sentence for the user instead of a protocol exception. */
    static String reason(Exception e) {
        if (e instanceof AuthenticationFailedException) {
            return "the server refused the user name or password";
        }
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof java.net.UnknownHostException) {
            return "the server name cannot be found";
        }
        if (cause instanceof java.net.ConnectException || cause instanceof java.net.SocketTimeoutException) {
            return "the server cannot be reached";
        }
        if (cause instanceof javax.net.ssl.SSLException || cause instanceof java.security.cert.CertificateException) {
            return "the secure connection failed (certificate not trusted or TLS not offered)";
        }
        String message = e.getMessage();
        if (message != null && message.contains("STARTTLS")) {
            return "the server does not offer STARTTLS; allow plain text only if you trust the network";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}

package app.dossier.brief;

import app.dossier.cases.OpenCase;
import app.dossier.mailbox.MessageService;
import app.dossier.model.Address;
import app.dossier.model.EventKind;
import app.dossier.model.ExhibitRef;
import app.dossier.model.MessageDetail;
import app.dossier.model.OriginalInfo;
import app.dossier.model.QuoteCard;
import app.dossier.model.TimelineEvent;
import app.dossier.store.ExhibitRepository;
import app.dossier.store.OriginalCatalog;
import app.dossier.store.TimelineSource;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads from the case what a briefing prints (see {@link BriefingData}). */
final class BriefingCollector {
    private final TimelineService timelines;
    private final MessageService messages;
    private final QuoteCardSource cards;
    private final Clock clock;

    BriefingCollector(TimelineService timelines, MessageService messages, QuoteCardSource cards, Clock clock) {
        this.timelines = timelines;
        this.messages = messages;
        this.cards = cards;
        this.clock = clock;
    }

    BriefingData collect(OpenCase open, BriefingOptions options, BriefingProgress progress) {
        Timeline timeline = timelines.build(open.store(), new TimelineService.Progress() {
            @Override
            public void messagesRead(long done, long total) {
                progress.done(0.3 * done / Math.max(1, total));
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }

            @Override
            public void pause() {
                progress.pause();
            }
        });
        progress.check();
        ExhibitRepository.Numbers numbers = new ExhibitRepository(open.store()).numbers();
        Map<String, ExhibitRef> byKey = new HashMap<>();
        numbers.messages().forEach((id, ref) -> byKey.put(BriefingData.key(app.dossier.model.EventSource.MESSAGE, id), ref));
        numbers.notes().forEach((id, ref) -> byKey.put(BriefingData.key(app.dossier.model.EventSource.NOTE, id), ref));
        List<QuoteCard> quoteCards = cards.cards(open);
        TreeMap<Integer, ExhibitRef> chosen = chosen(options, timeline, quoteCards, byKey);

        Map<String, OriginalCatalog.Entry> bySha = new HashMap<>();
        new OriginalCatalog(open.store()).all().forEach(e -> bySha.put(e.sha256(), e));
        Map<Long, TimelineSource.NoteRow> notes = new HashMap<>();
        new TimelineSource(open.store()).notes().forEach(n -> notes.put(n.id(), n));

        List<Exhibit> exhibits = new ArrayList<>();
        List<Manifest.Entry> manifest = new ArrayList<>();
        int done = 0;
        for (ExhibitRef ref : chosen.values()) {
            progress.check();
            Exhibit exhibit = ref.kind() == ExhibitRef.SourceKind.MESSAGE ? message(open, ref)
                    : note(ref, notes.get(ref.sourceId()), bySha);
            if (exhibit == null) {
                continue;
            }
            exhibits.add(exhibit);
            for (Exhibit.Original o : exhibit.originals()) {
                manifest.add(new Manifest.Entry(ref.number(), o.sha256(), o.size(), exhibit.messageId(), o.source()));
            }
            progress.done(0.3 + 0.2 * (++done) / chosen.size());
        }
        TimelineEvent meeting = timeline.events().stream().filter(e -> e.kind() == EventKind.MEETING)
                .reduce((a, b) -> b).orElse(null);
        return new BriefingData(open.info().title(), OffsetDateTime.now(clock), timeline, exhibits, quoteCards,
                new Manifest(manifest), byKey, meeting,
                options.has(BriefingSection.EXHIBITS));
    }

    /** The exhibits by number: those asked for, or every source with an event or a key phrase. */
    private static TreeMap<Integer, ExhibitRef> chosen(BriefingOptions options, Timeline timeline, List<QuoteCard> cards,
                                                       Map<String, ExhibitRef> byKey) {
        TreeMap<Integer, ExhibitRef> chosen = new TreeMap<>();
        if (!options.exhibits().isEmpty()) {
            byKey.values().stream().filter(r -> options.exhibits().contains(r.number()))
                    .forEach(r -> chosen.put(r.number(), r));
            return chosen;
        }
        for (TimelineEvent e : timeline.events()) {
            ExhibitRef ref = byKey.get(BriefingData.key(e.source(), e.sourceId()));
            if (ref != null && e.kind() != EventKind.OTHER) {
                chosen.put(ref.number(), ref);
            }
        }
        cards.forEach(c -> chosen.put(c.exhibit().number(), c.exhibit()));
        return chosen;
    }

    private Exhibit message(OpenCase open, ExhibitRef ref) {
        MessageDetail d;
        try {
            d = messages.detail(open, ref.sourceId());
        } catch (java.util.NoSuchElementException e) {
            return null;
        }
        List<Exhibit.Original> originals = new ArrayList<>();
        for (OriginalInfo o : d.originals()) {
            String source = o.sources().isEmpty() ? "" : o.sources().get(0).describe();
            originals.add(new Exhibit.Original(o.sha256(), o.size(), o.format(), source));
        }
        return new Exhibit(ref, d.summary().subject(), d.from(), d.to(), d.cc(), d.summary().sentAt(), d.messageId(),
                d.text(), d.attachments(), originals, d.analysis(), "");
    }

    private static Exhibit note(ExhibitRef ref, TimelineSource.NoteRow note, Map<String, OriginalCatalog.Entry> bySha) {
        if (note == null) {
            return null;
        }
        OriginalCatalog.Entry original = bySha.get(note.sha256());
        List<Exhibit.Original> originals = original == null ? List.of()
                : List.of(new Exhibit.Original(original.sha256(), original.size(), original.format(), original.source()));
        return new Exhibit(ref, note.title(), new Address("", ""), List.of(), List.of(), note.occurredAt(), "",
                note.body(), List.of(), originals, null, note.participants());
    }
}

package app.dossier.brief;

/** The briefing's page layout and colours; print-friendly (light backgrounds, dark text). */
final class BriefingCss {
    private BriefingCss() {
    }

    /** The page's right margin in points (16 mm): the page numbers stamped later end there. */
    static final float RIGHT_MARGIN = 16 / 25.4f * 72;

    /**
     * {@code header} is CSS string content, already escaped; {@code first}: the part that holds the
     * cover, whose first page has no running header. "Page x of y" is stamped after the parts are
     * joined ({@link PageNumbers}): no part knows x or y.
     */
    static String of(Paper paper, String header, boolean first) {
        return """
            @page { size: %s; margin: 22mm 16mm 20mm 18mm;
              @top-left { content: "%s"; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #555; } }
            """.formatted(paper.cssSize(), header) + (first ? "@page:first { @top-left { content: \"\"; } }\n" : "")
            + """
            body { font-family: 'DejaVu Sans'; font-size: 9pt; line-height: 1.35; color: #111; }
            h1 { font-size: 16pt; margin: 0 0 4mm 0; color: #1b2a4a; }
            h2 { font-size: 12pt; margin: 5mm 0 2mm 0; color: #1b2a4a; }
            h3 { font-size: 10pt; margin: 3mm 0 1mm 0; }
            .section { page-break-before: always; }
            body > div:first-child, body > div:first-child > div:first-child { page-break-before: auto; }
            .section > h1 + .exhibit, .section > h1 + .appendix-exhibit { page-break-before: auto; }
            .cover { padding-top: 40mm; }
            .cover h1 { font-size: 24pt; margin-bottom: 8mm; }
            .kicker { font-size: 11pt; color: #555; text-transform: uppercase; letter-spacing: 1pt; }
            .confidential { margin-top: 10mm; padding: 2mm 3mm; border: 0.6pt solid #8a1c1c; color: #8a1c1c; font-weight: bold; }
            .redaction-note { padding: 2mm 3mm; background: #eee; }
            .about { margin-top: 8mm; color: #444; }
            table { border-collapse: collapse; width: 100%%; -fs-table-paginate: paginate; margin-bottom: 3mm; }
            th, td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; border-bottom: 0.4pt solid #ccc; }
            thead th { background: #e8ecf3; font-weight: bold; }
            table.facts th { width: 38mm; }
            tr { page-break-inside: avoid; }
            .timeline td, .timeline th { font-size: 7.5pt; }
            .timeline td.facts { color: #333; }
            .nowrap { white-space: nowrap; }
            .quote { font-style: italic; }
            .badge { font-size: 7pt; font-weight: bold; padding: 0.3mm 1mm; border-radius: 1mm; white-space: nowrap; }
            .k-request { background: #dbe8ff; } .k-warning { background: #ffe7b8; } .k-approval { background: #d6f2d6; }
            .k-threat { background: #ffd0d0; } .k-incident { background: #f3c6f0; } .k-change { background: #d4f0f4; }
            .k-blame { background: #ffd9c2; } .k-meeting { background: #e6e0ff; } .k-note { background: #eeeeee; }
            .k-other { background: #f4f4f4; }
            .ks { border-bottom: 1pt solid #888; }
            .hl { padding: 0 0.3mm; }
            .c-their-words { background: #fff27a; } .c-my-warning { background: #ffc870; } .c-approval { background: #a8e6a8; }
            .c-threat { background: #ff9c9c; } .c-instruction { background: #9cc8ff; } .c-admission-risk { background: #e0b0ff; }
            .c-custom { background: #d0d0d0; }
            .findings li.gap { color: #8a1c1c; }
            .unreviewed { padding: 2mm 3mm; border-left: 2pt solid #c77700; background: #fff6e6; }
            .reviewed { color: #2a6a2a; }
            .exhibit { page-break-before: always; }
            .exhibit h2 { margin-top: 0; }
            table.header-block th { width: 24mm; color: #444; }
            table.header-block td { word-wrap: break-word; }
            .body { margin-top: 3mm; }
            .para { clear: both; }
            .para p { white-space: pre-wrap; word-wrap: break-word; margin: 0 0 2mm 0; }
            .with-notes { display: table; width: 100%%; margin-bottom: 2mm; }
            .with-notes > p { display: table-cell; padding-right: 4mm; margin: 0; }
            .with-notes > .notes { display: table-cell; width: 48mm; }
            .margin-note { font-size: 7.5pt; padding: 1mm 1.5mm; margin-bottom: 1mm; border-left: 1.5pt solid #888; }
            .note-label { font-weight: bold; }
            .card { page-break-inside: avoid; border-left: 3pt solid #888; padding: 1mm 3mm; margin-bottom: 4mm; background: #fafafa; }
            .card blockquote { margin: 1mm 0; font-size: 10.5pt; font-style: italic; }
            .card-category { font-size: 7.5pt; font-weight: bold; text-transform: uppercase; margin: 0; }
            .citation { font-size: 7.5pt; color: #333; margin: 1mm 0; }
            .card-note { font-size: 8pt; }
            .appendix-exhibit { page-break-before: always; }
            .warning { color: #8a1c1c; font-weight: bold; }
            .mono, .hash { font-family: 'DejaVu Sans Mono'; font-size: 6.8pt; word-wrap: break-word; }
            table.raw-headers td.mono:first-child { width: 32mm; }
            .raw-headers td { white-space: pre-wrap; }
            .manifest { page-break-before: always; }
            .manifest-table td { font-size: 7pt; word-wrap: break-word; }
            .manifest-table td:first-child { width: 12mm; } .manifest-table td.hash { width: 98mm; }
            table.chain th[scope=row] { width: 26mm; } .missing { color: #8a1c1c; }
            .timeline th.col-0 { width: 24mm; } .timeline th.col-1 { width: 17mm; } .timeline th.col-2 { width: 32mm; }
            .timeline th.col-3 { width: 52mm; } .timeline th.col-5 { width: 12mm; }
            .redacted { background: #000; color: #fff; font-size: 7pt; }
            .legend, .intro { font-size: 7.5pt; color: #444; }
            a { color: #1a4fa0; text-decoration: none; }
            """.replace("%%", "%");
    }

    /** A value for a CSS string: quotes and backslashes escaped, line breaks gone. */
    static String string(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n' || c == '\r' || c < 0x20) {
                out.append(' ');
            } else if (c == '<') {
                out.append("\\3c ");
            } else if (c == '&') {
                out.append("\\26 ");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

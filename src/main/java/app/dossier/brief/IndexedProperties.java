package app.dossier.brief;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * A page's {@code /Properties} resources that answer "is this property list already here?" at
 * once. Every tagged piece of text opens marked content with its own property list, and PDFBox
 * asks that question by scanning all the page's entries, so a page of a long table cost time
 * quadratic in its rows (a twelfth of a 900-page briefing). Written to the PDF as any dictionary.
 *
 * <p>Its property lists are also kept direct, written inside this dictionary: PDFBox makes every
 * dictionary not marked direct an object of its own, and the background of every table cell has a
 * property list ({@code /Type /Background} and its box), so a 900-page briefing had 200,000 such
 * objects, three quarters of all, which the join copied and the save pooled one by one
 * (docs/decisions/0033).
 */
final class IndexedProperties extends COSDictionary {
    private final Set<COSBase> values = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void setItem(COSName key, COSBase value) {
        COSBase old = getItem(key);
        if (old != null) {
            values.remove(old);
        }
        if (value instanceof COSDictionary list && !(value instanceof COSStream)) {
            list.setDirect(true);
        }
        super.setItem(key, value);
        if (value != null) {
            values.add(value);
        }
    }

    @Override
    public void removeItem(COSName key) {
        COSBase old = getItem(key);
        if (old != null) {
            values.remove(old);
        }
        super.removeItem(key);
    }

    @Override
    public void clear() {
        values.clear();
        super.clear();
    }

    @Override
    public boolean containsValue(Object value) {
        return values.contains(value) || value instanceof COSObject o && values.contains(o.getObject());
    }
}

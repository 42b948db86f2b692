package app.dossier.brief;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * A page's {@code /Properties} resources that answer "is this property list already here?" at
 * once. Every tagged piece of text opens marked content with its own property list, and PDFBox
 * asks that question by scanning all the page's entries, so a page of a long table cost time
 * quadratic in its rows (a twelfth of a 900-page briefing). Written to the PDF as any dictionary.
 */
final class IndexedProperties extends COSDictionary {
    private final Set<COSBase> values = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void setItem(COSName key, COSBase value) {
        COSBase old = getItem(key);
        if (old != null) {
            values.remove(old);
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

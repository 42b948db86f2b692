package app.dossier.ingest.source;

import com.pff.PSTFileContent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PST as java-libpst reads it, through a small cache of file pages. java-libpst walks its
 * B-trees entry by entry with a seek and a few-byte read each, which on a RandomAccessFile is two
 * system calls per entry and made the reading thread the import's bottleneck; here those reads hit
 * memory. The cache is bounded (LRU), so memory does not grow with the file.
 */
final class CachedPstContent extends PSTFileContent {
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    private final FileChannel channel;
    private final long size;
    private final Map<Long, byte[]> pages;
    private long position;
    private long currentIndex = -1;
    private byte[] current;

    CachedPstContent(Path file, int maxPages) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
        this.pages = new LinkedHashMap<>(maxPages * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
                return size() > maxPages;
            }
        };
    }

    @Override
    public void seek(long to) {
        position = to;
    }

    @Override
    public long getFilePointer() {
        return position;
    }

    @Override
    public int read() throws IOException {
        if (position >= size) {
            return -1;
        }
        byte[] page = page(position >>> PAGE_BITS);
        return page[(int) (position++ & (PAGE - 1))] & 0xFF;
    }

    @Override
    public int read(byte[] target) throws IOException {
        if (target.length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(target.length, size - position);
        int done = 0;
        while (done < n) {
            byte[] page = page(position >>> PAGE_BITS);
            int at = (int) (position & (PAGE - 1));
            int chunk = Math.min(n - done, PAGE - at);
            System.arraycopy(page, at, target, done, chunk);
            done += chunk;
            position += chunk;
        }
        return n;
    }

    @Override
    public byte readByte() throws IOException {
        int b = read();
        if (b < 0) {
            throw new IOException("unexpected end of the Outlook data file");
        }
        return (byte) b;
    }

    private byte[] page(long index) throws IOException {
        if (index == currentIndex) {
            return current;
        }
        byte[] page = pages.get(index);
        if (page == null) {
            page = new byte[PAGE];
            ByteBuffer buffer = ByteBuffer.wrap(page);
            long at = index << PAGE_BITS;
            while (buffer.hasRemaining() && at + buffer.position() < size) {
                if (channel.read(buffer, at + buffer.position()) < 0) {
                    break;
                }
            }
            pages.put(index, page);
        }
        currentIndex = index;
        current = page;
        return page;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

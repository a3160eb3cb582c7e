package dev.ashiatsu.recorder.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test double of a disk: real files, but it fills up after {@code capacity} bytes (a write that does
 * not fit writes what fits, then fails with "No space left on device", like a real full disk), and it
 * can be made to hang (a stuck NFS mount) until released.
 */
public final class FillingDisk implements JournalChannel.Opener {

    /** Bytes on the disk now, over every file it opened. */
    public final AtomicLong written = new AtomicLong();
    /** Bytes it takes in all; set it to {@code written} to fill the disk, raise it to free space. */
    public volatile long capacity;
    private volatile CountDownLatch hang = new CountDownLatch(0);

    public FillingDisk(long capacity) {
        this.capacity = capacity;
    }

    void hangWrites() {
        hang = new CountDownLatch(1);
    }

    void release() {
        hang.countDown();
    }

    @Override
    public JournalChannel open(Path file) throws IOException {
        JournalChannel real = FileJournalChannel.open(file);
        return new JournalChannel() {
            @Override
            public long size() throws IOException {
                return real.size();
            }

            @Override
            public void write(byte[] bytes, int length, long position) throws IOException {
                try {
                    if (!hang.await(30, TimeUnit.SECONDS)) {
                        throw new IOException("test disk hung for 30 s");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
                long room = capacity - written.get();
                if (length > room) {
                    int fits = (int) Math.max(0, room);
                    real.write(bytes, fits, position);
                    written.addAndGet(fits);
                    throw new IOException("No space left on device");
                }
                real.write(bytes, length, position);
                written.addAndGet(length);
            }

            @Override
            public void force() throws IOException {
                real.force();
            }

            @Override
            public void truncate(long size) throws IOException {
                long before = real.size();
                real.truncate(size);
                written.addAndGet(-Math.max(0, before - size));
            }

            @Override
            public void close() throws IOException {
                real.close();
            }
        };
    }
}

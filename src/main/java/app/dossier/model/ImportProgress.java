package app.dossier.model;

/** Where a running import is: items done, bytes read, and the rate so far. */
public record ImportProgress(long items, long bytesRead, long totalBytes, double itemsPerSecond) {
    /** Between 0 and 1 when the total is known, else -1. */
    public double fraction() {
        return totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : -1;
    }
}

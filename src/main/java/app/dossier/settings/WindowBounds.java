package app.dossier.settings;

/** Where the main window was and how large, to restore it on the next start. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 420;
    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);

    public WindowBounds {
        width = Double.isFinite(width) ? Math.max(MIN_WIDTH, width) : DEFAULT_WIDTH;
        height = Double.isFinite(height) ? Math.max(MIN_HEIGHT, height) : DEFAULT_HEIGHT;
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}

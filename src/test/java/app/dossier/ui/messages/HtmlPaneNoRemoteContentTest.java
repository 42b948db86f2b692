package app.dossier.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an HTML mail must not tell its sender: a local HTTP server stands in for the tracker,
 * and the same mail shown raw in a WebView proves the server would have seen the requests.
 */
@ExtendWith(ApplicationExtension.class)
class HtmlPaneNoRemoteContentTest {
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private HtmlPane pane;
    private WebView raw;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "x".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Start
    void start(Stage stage) {
        pane = new HtmlPane();
        raw = new WebView();
        raw.getEngine().setJavaScriptEnabled(false);
        stage.setScene(new Scene(new javafx.scene.layout.VBox(pane, raw), 800, 600));
        stage.show();
    }

    private String trackingMail() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return "<html><head><link rel=\"stylesheet\" href=\"" + base + "/style.css\">"
                + "<style>body{background:url(" + base + "/bg.png)}</style>"
                + "<script src=\"" + base + "/script.js\"></script></head>"
                + "<body background=\"" + base + "/body.png\"><p style=\"background-image:url(" + base + "/inline.png)\">"
                + "Hello</p><img src=\"" + base + "/pixel.gif\" width=1 height=1>"
                + "<iframe src=\"" + base + "/frame.html\"></iframe><video src=\"" + base + "/v.mp4\"></video>"
                + "<a href=\"" + base + "/click\">link</a></body></html>";
    }

    @Test
    void safeViewSendsNoRequestWhileRawViewWould(FxRobot robot) throws Exception {
        robot.interact(() -> pane.show(trackingMail()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(2500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(requests.get()).as("requests from the safe view").isZero();
        String shown = WaitForAsyncUtils.asyncFx(() -> pane.webView().getEngine().getDocument() == null ? ""
                : pane.webView().getEngine().getDocument().getDocumentElement().getTextContent()).get();
        assertThat(shown).as("the mail's text is shown").contains("Hello");

        robot.interact(() -> raw.getEngine().loadContent(trackingMail()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> requests.get() > 0);
        assertThat(requests.get()).as("the control: an unprotected view does load remote content").isPositive();
    }
}

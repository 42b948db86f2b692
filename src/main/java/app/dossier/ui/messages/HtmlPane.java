package app.dossier.ui.messages;

import app.dossier.mailbox.SafeHtml;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;

/**
 * Shows mail HTML with JavaScript off and nothing remote: the HTML is cleaned by {@link SafeHtml}
 * (remote references removed, a Content-Security-Policy that forbids every load) before WebKit sees it.
 */
public final class HtmlPane extends StackPane {
    private final WebView web = new WebView();

    public HtmlPane() {
        setId("messageHtml");
        web.getEngine().setJavaScriptEnabled(false);
        web.setContextMenuEnabled(false);
        // Links must not navigate anywhere from inside the evidence viewer.
        web.getEngine().locationProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty() && !now.startsWith("about:") && !now.startsWith("data:")) {
                web.getEngine().getLoadWorker().cancel();
            }
        });
        getChildren().add(web);
    }

    public void show(String html) {
        web.getEngine().loadContent(html == null || html.isBlank() ? "" : SafeHtml.prepare(html), "text/html");
    }

    WebView webView() {
        return web;
    }
}

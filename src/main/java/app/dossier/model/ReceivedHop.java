package app.dossier.model;

import java.time.Duration;
import java.time.OffsetDateTime;

/** One server's Received stamp: who handed the mail to whom, when, and how long it waited since the previous hop. */
public record ReceivedHop(int number, String from, String by, String with, String id, String forAddress,
                          OffsetDateTime time, Duration delay) {
}

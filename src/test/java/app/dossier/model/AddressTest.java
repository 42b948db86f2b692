package app.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTest {
    @Test
    void displayAndBackAgree() {
        Address a = new Address("Miriam Vogt", "Miriam.Vogt@Nordlicht.example");
        assertThat(Address.fromDisplay(a.display())).isEqualTo(a);
        assertThat(Address.fromDisplay("\"Vogt, Miriam\" <m@x.example>").name()).isEqualTo("Vogt, Miriam");
        assertThat(Address.fromDisplay("m@x.example")).isEqualTo(new Address("", "m@x.example"));
        assertThat(Address.fromDisplay("Markus Wendt")).isEqualTo(new Address("Markus Wendt", ""));
    }

    @Test
    void identityIsTheAddressOrElseTheName() {
        assertThat(Address.fromDisplay("Miriam Vogt <Miriam.Vogt@X.example>").identity()).isEqualTo("miriam.vogt@x.example");
        assertThat(Address.fromDisplay("Markus Wendt").identity()).isEqualTo("markus wendt");
        assertThat(Address.fromDisplay("").identity()).isEmpty();
    }
}

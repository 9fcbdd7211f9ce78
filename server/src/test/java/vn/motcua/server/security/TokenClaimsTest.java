package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

/** A token signed with the right key is still refused without an expiry or with another issuer. */
@IntegrationTest
class TokenClaimsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Fixtures fixtures;

    @Autowired
    JwtEncoder encoder;

    @Test
    void a_token_with_issuer_and_expiry_is_accepted() throws Exception {
        assertThat(snapshotWith(claims ->
                        claims.issuer("motcua").expiresAt(Instant.now().plusSeconds(600))))
                .isEqualTo(200);
    }

    @Test
    void a_token_without_an_expiry_is_refused() throws Exception {
        assertThat(snapshotWith(claims -> claims.issuer("motcua"))).isEqualTo(401);
    }

    @Test
    void a_token_without_an_issuer_or_from_another_issuer_is_refused() throws Exception {
        assertThat(snapshotWith(claims -> claims.expiresAt(Instant.now().plusSeconds(600))))
                .isEqualTo(401);
        assertThat(snapshotWith(claims ->
                        claims.issuer("someone-else").expiresAt(Instant.now().plusSeconds(600))))
                .isEqualTo(401);
    }

    private int snapshotWith(Consumer<JwtClaimsSet.Builder> variant) throws Exception {
        var office = fixtures.office();
        String subject = fixtures.staff(office.id(), Role.CLERK).token().subject();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(Instant.now())
                .claim("name", "Cán bộ")
                .claim("grants", List.of(office.id() + ":CLERK"));
        variant.accept(claims);
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        return http.send(
                        HttpRequest.newBuilder(
                                        URI.create(fixtures.baseUrl() + "/api/v1/offices/" + office.id() + "/snapshot"))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}

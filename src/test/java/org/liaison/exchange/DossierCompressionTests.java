package org.liaison.exchange;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier runs to megabytes of JSON: a client that accepts gzip gets it compressed by
 * the server, as it is streamed. Through a real server, since compression is the
 * connector's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierCompressionTests {

	@LocalServerPort
	int port;

	@Test
	void aClientThatAcceptsGzipGetsTheDossierCompressed() throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/partners/SRB/dossier"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream body = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			JsonNode dossier = JsonMapper.builder().build().readTree(body);
			assertThat(dossier.path("format").asString()).isEqualTo("liaison-dossier");
			assertThat(dossier.path("partner").path("nation").asString()).isEqualTo("SRB");
		}
	}

}

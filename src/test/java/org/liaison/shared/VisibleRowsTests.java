package org.liaison.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleRowsTests {

	private static final UUID SERBIAN_PUBLIC = UUID.randomUUID();

	private static final UUID SERBIAN_PARTNER = UUID.randomUUID();

	private static final UUID GEORGIAN_PARTNER = UUID.randomUUID();

	private static final UUID NATO_ONLY = UUID.randomUUID();

	private static final UUID SERBIAN_BODY = UUID.randomUUID();

	private static final VisibleRows<String> RECORDS = VisibleRows.of("select r.title", " from record r",
			audience -> audience.sqlCondition("r.partner", "r.releasability"), " order by r.title",
			(rs, n) -> rs.getString("title"));

	private static final VisibleRows<String> MEMBERS = VisibleRows.of("select m.record, m.name",
			" from member m join record r on r.id = m.record",
			audience -> audience.sqlCondition("r.partner", "r.releasability"), " order by m.record, m.name",
			(rs, n) -> rs.getString("name"));

	private static JdbcClient jdbc;

	@BeforeAll
	static void records() {
		jdbc = JdbcClient.create(new DriverManagerDataSource(
				"jdbc:h2:mem:visible-rows-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1"));
		jdbc.sql("create table record (id uuid primary key, partner varchar(3), releasability varchar(10),"
				+ " title varchar(50))")
			.update();
		jdbc.sql("create table member (record uuid, name varchar(50))").update();
		record(SERBIAN_PUBLIC, "SRB", "PUBLIC", "a serbian public record");
		record(SERBIAN_PARTNER, "SRB", "PARTNER", "b serbian partner record");
		record(GEORGIAN_PARTNER, "GEO", "PARTNER", "c georgian partner record");
		record(NATO_ONLY, "SRB", "NATO", "d nato record");
		record(SERBIAN_BODY, "SRB", "PUBLIC", "e serbian body");
		jdbc.sql("insert into member values (:record, 'z'), (:record, 'y'), (:hidden, 'x')")
			.param("record", SERBIAN_BODY)
			.param("hidden", GEORGIAN_PARTNER)
			.update();
	}

	private static void record(UUID id, String partner, String releasability, String title) {
		jdbc.sql("insert into record values (:id, :partner, :releasability, :title)")
			.param("id", id)
			.param("partner", partner)
			.param("releasability", releasability)
			.param("title", title)
			.update();
	}

	@Test
	void oneRowByItsIdShowsOnlyWhenTheAudienceMaySeeIt() {
		Audience serbia = Audience.partner(NationCode.of("SRB"));
		assertThat(RECORDS.one(jdbc, serbia, "r.id = :id", Map.of("id", SERBIAN_PARTNER)))
			.contains("b serbian partner record");
		assertThat(RECORDS.one(jdbc, serbia, "r.id = :id", Map.of("id", GEORGIAN_PARTNER))).isEmpty();
		assertThat(RECORDS.one(jdbc, serbia, "r.id = :id", Map.of("id", NATO_ONLY))).isEmpty();
		assertThat(RECORDS.one(jdbc, Audience.alliance(), "r.id = :id", Map.of("id", NATO_ONLY)))
			.contains("d nato record");
	}

	@Test
	void aListKeepsWhatItPicksByAndWhatTheAudienceMaySeeInOrder() {
		Audience serbia = Audience.partner(NationCode.of("SRB"));
		assertThat(RECORDS.list(jdbc, serbia, "r.partner = :partner", Map.of("partner", "SRB")))
			.containsExactly("a serbian public record", "b serbian partner record", "e serbian body");
		assertThat(RECORDS.list(jdbc, Audience.ANONYMOUS)).containsExactly("a serbian public record", "e serbian body");
	}

	@Test
	void aPickWithAnOrInItStillKeepsToWhatTheAudienceMaySee() {
		Audience serbia = Audience.partner(NationCode.of("SRB"));
		assertThat(RECORDS.list(jdbc, serbia, "r.id = :georgian or r.id = :nato",
				Map.of("georgian", GEORGIAN_PARTNER, "nato", NATO_ONLY)))
			.isEmpty();
	}

	@Test
	void aPageCountsOnlyTheRowsTheAudienceMaySee() {
		PageOf<String> page = RECORDS.page(jdbc, Audience.partner(NationCode.of("GEO")), "", Map.of(),
				new PageOf.Request(0, 2));
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).containsExactly("a serbian public record", "c georgian partner record");
	}

	@Test
	void theRowsOfManyParentsComeByParentAndOnlyForParentsTheAudienceMaySee() {
		Map<UUID, List<String>> members = MEMBERS.byParent(jdbc, Audience.ANONYMOUS, "m.record",
				List.of(SERBIAN_BODY, GEORGIAN_PARTNER));
		assertThat(members).containsOnlyKeys(SERBIAN_BODY);
		assertThat(members.get(SERBIAN_BODY)).containsExactly("y", "z");
		assertThat(MEMBERS.byParent(jdbc, Audience.alliance(), "m.record", List.of())).isEmpty();
	}

}
